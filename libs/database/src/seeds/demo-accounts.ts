/** The demo accounts printed by `npm start` and listed in the README. Never seeded in production. */
export const DEMO_PASSWORD = 'inclusion-demo-2026';

export const DEMO_ACCOUNTS = [
  { email: 'siae.admin@demo.example.org', role: 'Administratrice d’une SIAE (ACI Les Jardins du Rhône, et l’AI Tremplin Services)' },
  { email: 'siae.membre@demo.example.org', role: 'Membre de l’ACI' },
  { email: 'prescripteur@demo.example.org', role: 'Prescripteur habilité (France Travail Lyon Part-Dieu)' },
  { email: 'conseillere.ml@demo.example.org', role: 'Prescriptrice habilitée (Mission locale de Lyon)' },
  { email: 'orienteur@demo.example.org', role: 'Orienteur (association non habilitée)' },
  { email: 'ddets@demo.example.org', role: 'Agent de la DDETS du Rhône' },
  { email: 'staff@demo.example.org', role: 'Équipe de la plateforme (staff)' },
  { email: 'candidat@demo.example.org', role: 'Candidat' },
] as const;
