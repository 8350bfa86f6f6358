/**
 * Refusal reasons: the guide's list (iae-rules.md §6.3) with the reference platform's keys, plus
 * `duplicate`, and `auto` given only by the system after 60 days. Never shown to the candidate.
 */
export const REFUSAL_REASONS = {
  did_not_come: 'Candidat non joignable',
  did_not_come_to_interview: 'Candidat ne s’étant pas présenté à l’entretien',
  hired_elsewhere: 'Candidat indisponible : en emploi',
  training: 'Candidat indisponible : en formation',
  non_eligible: 'Candidat non éligible',
  not_mobile: 'Candidat non mobile',
  not_interested: 'Candidat non intéressé',
  lacking_skills: 'Le candidat n’a pas les compétences requises pour le poste',
  incompatible: 'Un des freins à l’emploi du candidat est incompatible avec le poste proposé',
  prevent_objectives: 'L’embauche du candidat empêche la réalisation des objectifs du dialogue de gestion',
  no_position: 'Pas de recrutement en cours',
  duplicate: 'Candidature en doublon',
  other: 'Autre (détails dans le message)',
  auto: 'Sans réponse après 60 jours',
} as const;

export type RefusalReason = keyof typeof REFUSAL_REASONS;

/** What an employer of this kind may choose: a GEIQ has no eligibility nor dialogue de gestion. */
export function selectableRefusalReasons(employerKind: string): RefusalReason[] {
  const hidden: RefusalReason[] = employerKind === 'GEIQ' ? ['auto', 'prevent_objectives', 'non_eligible'] : ['auto'];
  return (Object.keys(REFUSAL_REASONS) as RefusalReason[]).filter((r) => !hidden.includes(r));
}

/** `other` needs a message to the prescriber explaining it. */
export function refusalNeedsExplanation(reason: RefusalReason): boolean {
  return reason === 'other';
}

/** What the candidate reads when nobody answered for 60 days (the automatic refusal records it as the answer). */
export const AUTO_REFUSAL_ANSWER =
  'Faute de réponse de l’employeur dans les 60 jours, votre candidature est close. Cela ne dit rien de votre profil : ' +
  'vous pouvez postuler auprès d’autres structures, et la personne qui vous accompagne peut vous y aider.';

/**
 * Who among the senders reads what of a refusal (rules card): the reason goes to every sender, never
 * to the candidate; the private comment to habilitated prescribers only; an orienteur reads the
 * candidate's initials, not their name.
 */
export function refusalAudience(sender: { kind: 'candidate' | 'prescriber' | 'employer'; habilitated: boolean }): {
  privateComment: boolean;
  candidateName: 'full' | 'initials';
} {
  const habilitatedPrescriber = sender.kind === 'prescriber' && sender.habilitated;
  return { privateComment: habilitatedPrescriber, candidateName: sender.kind === 'prescriber' && !habilitatedPrescriber ? 'initials' : 'full' };
}

/** « Thierry Martin » → « T. M. »; « Jean-Pierre Le Goff » → « J.-P. L. G. ». */
export function initials(firstName: string, lastName: string): string {
  const part = (name: string) =>
    name
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((word) =>
        word
          .split('-')
          .map((piece) => `${piece.charAt(0).toUpperCase()}.`)
          .join('-'),
      )
      .join(' ');
  return [part(firstName), part(lastName)].filter(Boolean).join(' ');
}
