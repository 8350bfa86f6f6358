/** How the API's codes read for people (the API sends the codes; their wording is the application's). */
export const GRID_DIMENSIONS = {
  language: 'Maîtrise de la langue française',
  workCapacity: 'Capacité à occuper un poste de travail',
  housing: 'Logement',
  rightsAccess: 'Accès au droit',
  mobility: 'Mobilité',
  finances: 'Ressources financières',
  justice: 'Justice (sensible)',
  availability: 'Disponibilité',
} as const;
export type GridDimension = keyof typeof GRID_DIMENSIONS;

export const GRID_LEVELS = { 1: 'Vulnérable', 2: 'Fragile', 3: 'Mobilisable', 4: 'Disponible' } as const;

export const BARRIER_KINDS = {
  mobility: 'Mobilité',
  housing: 'Logement',
  health: 'Santé (sensible)',
  addiction: 'Addictions (sensible)',
  childcare: 'Garde d’enfants, contraintes familiales',
  language: 'Langue française',
  basic_skills: 'Savoirs de base, illettrisme',
  digital: 'Numérique',
  finances: 'Ressources, endettement',
  rights_access: 'Accès aux droits, démarches administratives',
  justice: 'Situation judiciaire (sensible)',
  confidence: 'Confiance en soi, isolement',
  other: 'Autre',
} as const;
export type BarrierKind = keyof typeof BARRIER_KINDS;

export const BARRIER_STATUSES = { identified: 'Repéré', in_progress: 'En cours de levée', resolved: 'Levé' } as const;
export type BarrierStatus = keyof typeof BARRIER_STATUSES;

export const ORIENTATIONS = { professional: 'Parcours professionnel', socio_professional: 'Parcours socio-professionnel', social: 'Parcours social' } as const;

export const STATE_SEVERITY = {
  new: 'new',
  processing: 'info',
  postponed: 'warning',
  prior_to_hire: 'info',
  accepted: 'success',
  refused: 'error',
  cancelled: 'error',
  obsolete: 'warning',
  pool: 'info',
} as const;
