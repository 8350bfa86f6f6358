/**
 * The candidature state machine of the reference platform (reference-platform.md §2.8), as the
 * rules card asks: each transition names the states it leaves from and the state it reaches.
 */
export const CANDIDATURE_STATES = ['new', 'processing', 'postponed', 'prior_to_hire', 'accepted', 'refused', 'cancelled', 'obsolete', 'pool'] as const;
export type CandidatureState = (typeof CANDIDATURE_STATES)[number];

/** Still waiting for the employer's answer. */
export const PENDING_STATES: readonly CandidatureState[] = ['new', 'processing', 'postponed'];

/** Labels the candidate and professionals read. */
export const STATE_LABELS: Record<CandidatureState, string> = {
  new: 'Nouvelle candidature',
  processing: 'À l’étude',
  postponed: 'En attente',
  prior_to_hire: 'Action préalable à l’embauche',
  accepted: 'Embauche acceptée',
  refused: 'Déclinée',
  cancelled: 'Embauche annulée',
  obsolete: 'Embauché ailleurs',
  pool: 'Vivier',
};

const ACCEPTABLE_FROM: readonly CandidatureState[] = ['new', 'pool', 'processing', 'postponed', 'prior_to_hire', 'obsolete', 'refused', 'cancelled'];

export const TRANSITIONS = {
  process: { from: ['new', 'pool'], to: 'processing' },
  postpone: { from: ['new', 'pool', 'processing', 'prior_to_hire'], to: 'postponed' },
  accept: { from: ACCEPTABLE_FROM, to: 'accepted' },
  add_to_pool: { from: ['new', 'processing', 'postponed', 'cancelled', 'obsolete'], to: 'pool' },
  move_to_prior_to_hire: { from: ['new', 'pool', 'processing', 'postponed', 'obsolete', 'refused', 'cancelled'], to: 'prior_to_hire' },
  cancel_prior_to_hire: { from: ['prior_to_hire'], to: 'processing' },
  refuse: { from: ['new', 'pool', 'processing', 'prior_to_hire', 'postponed'], to: 'refused' },
  cancel: { from: ['accepted'], to: 'cancelled' },
  change_hiring_dates: { from: ['accepted'], to: 'accepted' },
  render_obsolete: { from: ['new', 'processing', 'postponed'], to: 'obsolete' },
  transfer: { from: ACCEPTABLE_FROM, to: 'new' },
  reset: { from: ['obsolete'], to: 'new' },
  external_transfer: { from: ['refused'], to: 'refused' },
} as const satisfies Record<string, { from: readonly CandidatureState[]; to: CandidatureState }>;

export type TransitionName = keyof typeof TRANSITIONS;

/** Each move as people name it (« la mettre à l’étude »), for the messages that refuse one. */
export const TRANSITION_LABELS: Record<TransitionName, string> = {
  process: 'la mettre à l’étude',
  postpone: 'la mettre en attente',
  accept: 'l’accepter',
  add_to_pool: 'la garder dans le vivier',
  move_to_prior_to_hire: 'passer aux actions préalables à l’embauche',
  cancel_prior_to_hire: 'annuler les actions préalables à l’embauche',
  refuse: 'la décliner',
  cancel: 'annuler l’embauche',
  change_hiring_dates: 'changer les dates d’embauche',
  render_obsolete: 'la rendre obsolète',
  transfer: 'la transférer',
  reset: 'la remettre à l’état nouveau',
  external_transfer: 'l’orienter vers une autre structure',
};

/** Done by the system, never asked for by a user. */
const SYSTEM_TRANSITIONS: readonly TransitionName[] = ['render_obsolete'];

/** The employer's moves that answer the candidate; the first one dates the « time to first answer ». */
const ANSWERS: readonly TransitionName[] = ['process', 'postpone', 'accept', 'add_to_pool', 'move_to_prior_to_hire', 'refuse', 'transfer'];

export function isAnswer(name: TransitionName): boolean {
  return ANSWERS.includes(name);
}

/** Whether the employer of this kind may take this transition from this state. */
export function canTransition(name: TransitionName, state: CandidatureState, employerKind: string): boolean {
  if (name === 'move_to_prior_to_hire' && employerKind !== 'GEIQ') return false;
  return (TRANSITIONS[name].from as readonly CandidatureState[]).includes(state);
}

/** The transitions an employer may ask for from this state (listed in a 409 and in the candidature). */
export function allowedTransitions(state: CandidatureState, employerKind: string): TransitionName[] {
  return (Object.keys(TRANSITIONS) as TransitionName[]).filter((name) => !SYSTEM_TRANSITIONS.includes(name) && canTransition(name, state, employerKind));
}

/** A hire, a GEIQ's action before hiring and the pool are never archived; the rest may be. */
export const ARCHIVABLE_STATES: readonly CandidatureState[] = ['new', 'processing', 'postponed', 'refused', 'cancelled', 'obsolete'];

/** Untouched this many days in an archivable state, a candidature is archived by the daily job (reference platform). */
export const AUTO_ARCHIVE_DAYS = 180;

export function isArchivable(state: CandidatureState): boolean {
  return ARCHIVABLE_STATES.includes(state);
}
