import { defineProblem } from '@iae/core';

export const EligibilityProblems = {
  orienteurCannotValidate: defineProblem({
    slug: 'orienteur-cannot-validate',
    status: 403,
    title: 'Validation réservée aux prescripteurs habilités',
    description:
      'Un orienteur ne valide pas l’éligibilité IAE (guide L389) : adressez la candidature, la SIAE validera l’éligibilité, ou orientez vers un prescripteur habilité.',
  }),
  notRequired: defineProblem({
    slug: 'eligibility-not-required',
    status: 422,
    title: 'Éligibilité IAE sans objet',
    description: 'Les GEIQ, entreprises adaptées et organisations porteuses de la clause sociale recrutent sans diagnostic d’éligibilité IAE.',
  }),
  requirementNotMet: defineProblem({
    slug: 'eligibility-criteria-insufficient',
    status: 422,
    title: 'Critères insuffisants pour une auto-prescription',
    description: 'Une SIAE valide elle-même l’éligibilité avec au moins 1 critère de niveau 1, ou 3 critères de niveau 2 (ACI, EI, EITI), 2 (AI, ETTI).',
  }),
  proofsTooOldAtIssuance: defineProblem({
    slug: 'eligibility-proofs-too-old',
    status: 422,
    title: 'Justificatifs trop anciens pour délivrer le PASS IAE',
    description:
      'Les justificatifs d’une auto-prescription doivent être récents le jour où le PASS IAE est délivré (3, 6 ou 12 mois selon le critère) : faites un nouveau diagnostic avec des justificatifs à jour.',
  }),
  autoPrescriptionWithdrawn: defineProblem({
    slug: 'auto-prescription-withdrawn',
    status: 403,
    title: 'Auto-prescription suspendue',
    description:
      'À la suite du contrôle a posteriori, cette structure ne peut plus valider elle-même l’éligibilité pendant la période indiquée : faites appel à un prescripteur habilité.',
  }),
};
