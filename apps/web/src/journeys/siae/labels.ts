/** How the API's codes read for an employer (the wording is the application's; the decisions stay the API's). */
export const SENDER_KINDS = { prescriber: 'Prescripteur ou orienteur', candidate: 'Candidat', employer: 'Employeur (auto-prescription)' } as const;

/** Who sent a candidature, as the structure needs to know it: a habilitated prescriber's diagnosis is what lets it hire. */
export function senderKindLabel(sender: { kind: string; habilitated: boolean }): string {
  if (sender.kind === 'prescriber') return sender.habilitated ? 'Prescripteur habilité' : 'Orienteur';
  return SENDER_KINDS[sender.kind as keyof typeof SENDER_KINDS] ?? sender.kind;
}

/**
 * The states above the inbox, in the API's order and words (`/api/candidatures/received/counts`): shown with « … »
 * until the counts arrive, so that the tags do not push the filters down when they do (a test holds them to the API's).
 */
export const RECEIVED_STATES = [
  ['new', 'Nouvelle candidature'],
  ['processing', 'À l’étude'],
  ['postponed', 'En attente'],
  ['prior_to_hire', 'Action préalable à l’embauche'],
  ['accepted', 'Embauche acceptée'],
  ['refused', 'Déclinée'],
  ['cancelled', 'Embauche annulée'],
  ['obsolete', 'Embauché ailleurs'],
  ['pool', 'Vivier'],
] as const;

export const TRANSITIONS: Record<string, string> = {
  send: 'Envoi',
  process: 'Mise à l’étude',
  postpone: 'Mise en attente',
  accept: 'Embauche',
  add_to_pool: 'Ajout au vivier',
  move_to_prior_to_hire: 'Action préalable à l’embauche',
  cancel_prior_to_hire: 'Annulation de l’action préalable',
  refuse: 'Refus',
  cancel: 'Annulation de l’embauche',
  change_hiring_dates: 'Changement des dates d’embauche',
  render_obsolete: 'Embauche ailleurs',
  transfer: 'Transfert',
  reset: 'Réouverture',
  external_transfer: 'Orientation vers une autre structure',
  archive: 'Archivage',
  unarchive: 'Désarchivage',
};

export const SUSPENSION_REASONS = {
  CONTRACT_SUSPENDED: 'Contrat de travail suspendu depuis plus de 15 jours',
  CONTRACT_BROKEN: 'Contrat de travail rompu',
  FINISHED_CONTRACT: 'Contrat de travail terminé',
  APPROVAL_BETWEEN_CTA_MEMBERS: 'Situation faisant l’objet d’un accord entre les acteurs membres du CTA',
  CONTRAT_PASSERELLE: 'Bascule dans l’emploi classique (contrat passerelle)',
} as const;

export const DECLARED_PROLONGATION_REASONS = {
  SENIOR_CDI: 'CDI conclu avec une personne de plus de 57 ans',
  COMPLETE_TRAINING: 'Fin d’une formation',
} as const;

export const REQUESTED_PROLONGATION_REASONS = {
  RQTH: 'Reconnaissance de la qualité de travailleur handicapé (RQTH)',
  SENIOR: 'Personne de 50 ans et plus',
  PARTICULAR_DIFFICULTIES: 'Difficultés particulières qui font obstacle à l’insertion durable',
} as const;

export const PASS_STATUSES = { future: 'À venir', valid: 'Valide', suspended: 'Suspendu', expired: 'Expiré' } as const;
