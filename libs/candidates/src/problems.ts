import { defineProblem } from '@iae/core';

export const CandidateProblems = {
  alreadyExists: defineProblem({
    slug: 'candidate-already-exists',
    status: 409,
    title: 'Candidat déjà inscrit',
    description:
      'Une personne porte déjà ce NIR, ou, sans NIR, les mêmes nom, prénom, date de naissance et adresse e-mail ; rattachez-vous à sa fiche (POST /api/candidates/{id}/assignments, `candidateId`) au lieu d’en créer une seconde.',
  }),
  nirCorrectionRequired: defineProblem({
    slug: 'nir-correction-required',
    status: 409,
    title: 'Correction de NIR à demander',
    description: 'Un NIR enregistré ne se modifie pas directement : déposez une demande de correction, examinée par l’équipe de la plateforme.',
  }),
  claimRefused: defineProblem({
    slug: 'candidate-claim-refused',
    status: 403,
    title: 'Rattachement refusé',
    description: 'Pour suivre une personne déjà inscrite, donnez son NIR exact (ou, à défaut de NIR, sa date de naissance exacte).',
  }),
  auditReasonRequired: defineProblem({
    slug: 'audit-reason-required',
    status: 400,
    title: 'Motif de consultation requis',
    description:
      'L’équipe de la plateforme consulte les données d’un candidat avec un motif (en-tête `X-Access-Reason`, ou paramètre `reason` de la fiche), enregistré dans le journal des accès que le candidat peut lire.',
  }),
  requestNotPending: defineProblem({
    slug: 'nir-correction-not-pending',
    status: 409,
    title: 'Demande déjà traitée',
    description: 'Cette demande de correction de NIR a déjà été acceptée ou refusée.',
  }),
  invitationNotPending: defineProblem({
    slug: 'candidate-invitation-not-pending',
    status: 409,
    title: 'Invitation close',
    description: 'Cette invitation à créer son compte a déjà servi ou a expiré.',
  }),
};
