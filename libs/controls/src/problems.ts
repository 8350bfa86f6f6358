import { defineProblem } from '@iae/core';

export const ControlProblems = {
  campaignState: defineProblem({
    slug: 'control-campaign-state',
    status: 409,
    title: 'Étape impossible à ce stade de la campagne',
    description:
      'Le tirage se confirme, une fois la période contrôlée achevée (`periodEnd`), et le calendrier se modifie tant que la campagne est en préparation ; `state` donne l’état actuel.',
  }),
  periodOverlap: defineProblem({
    slug: 'control-period-overlap',
    status: 409,
    title: 'Période déjà contrôlée',
    description: 'Une autre campagne du département couvre déjà une partie de cette période : une embauche n’est contrôlée qu’une fois.',
  }),
  evaluationState: defineProblem({
    slug: 'control-evaluation-state',
    status: 409,
    title: 'Étape impossible à ce stade du contrôle',
    description:
      'La structure ne transmet qu’une fois par phase, avant la date limite ; la DDETS examine ce qui a été transmis, et ne refuse plus une première transmission après la date limite de la phase contradictoire (`deadline`) ; `state` donne l’état actuel.',
  }),
  proofsMissing: defineProblem({
    slug: 'control-proofs-missing',
    status: 422,
    title: 'Justificatifs manquants',
    description: 'Chaque critère contrôlé demande son justificatif avant la transmission ; `missing` liste les critères sans justificatif.',
  }),
  reviewsMissing: defineProblem({
    slug: 'control-reviews-missing',
    status: 422,
    title: 'Critères non examinés',
    description: 'Examinez chaque critère transmis (accepté ou refusé) avant de conclure.',
  }),
  decisionContradictsReviews: defineProblem({
    slug: 'control-decision-contradicts-reviews',
    status: 422,
    title: 'Décision contraire à l’examen des critères',
    description: 'La structure est acceptée quand aucun critère ne reste refusé, refusée quand l’un d’eux l’est.',
  }),
  sanctionsNotAllowed: defineProblem({
    slug: 'control-sanctions-not-allowed',
    status: 409,
    title: 'Sanctions impossibles',
    description: 'Les sanctions se décident une fois, pour une structure refusée à l’issue du contrôle.',
  }),
};
