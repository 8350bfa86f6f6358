import { defineProblem } from '@iae/core';

export const CandidatureProblems = {
  refusedByEmployer: defineProblem({
    slug: 'candidature-not-accepted-by-employer',
    status: 422,
    title: 'Candidature impossible chez cet employeur',
    description:
      'L’employeur ne reçoit pas cette candidature : structure inactive, candidatures bloquées, candidatures spontanées fermées (choisissez une fiche de poste), ou le candidat a déjà postulé chez lui il y a moins de 24 heures.',
  }),
  hireImpossible: defineProblem({
    slug: 'candidature-hire-impossible',
    status: 422,
    title: 'Embauche impossible dans une SIAE',
    description:
      'Une SIAE ne pourrait pas embaucher cette personne : délai de carence de 2 ans après son dernier PASS IAE (levé par un prescripteur habilité), ou PASS IAE suspendu.',
  }),
  changedMeanwhile: defineProblem({
    slug: 'candidature-changed',
    status: 409,
    title: 'La candidature a changé entre-temps',
    description:
      'Son état n’est plus celui affiché quand la décision a été prise (`expectedState`) ; `state` dit l’état actuel. Rechargez-la avant de décider.',
  }),
  transitionNotAllowed: defineProblem({
    slug: 'candidature-transition-not-allowed',
    status: 409,
    title: 'Action impossible dans l’état de la candidature',
    description: 'La candidature n’est pas dans un état qui permet cette action ; `allowedTransitions` liste celles qui le sont.',
  }),
  eligibilityRequired: defineProblem({
    slug: 'candidature-eligibility-required',
    status: 422,
    title: 'Éligibilité IAE à valider avant l’embauche',
    description:
      'Aucune éligibilité valide à la date d’embauche pour cette SIAE : validez-la vous-même (auto-prescription, POST /api/candidates/{id}/eligibility-diagnoses) ou demandez-la à un prescripteur habilité, puis acceptez.',
  }),
  autoPrescriptionWithoutDiagnosis: defineProblem({
    slug: 'auto-prescription-needs-diagnosis',
    status: 422,
    title: 'Auto-prescription sans diagnostic',
    description:
      'Une SIAE qui se prescrit une candidature valide d’abord elle-même l’éligibilité du candidat (POST /api/candidates/{id}/eligibility-diagnoses).',
  }),
  hireStarted: defineProblem({
    slug: 'hire-already-started',
    status: 409,
    title: 'Embauche déjà commencée',
    description:
      'Une embauche ne s’annule que jusqu’à son premier jour, et ses dates ne changent qu’avant ; ensuite, le contrat se termine et le PASS IAE peut être suspendu.',
  }),
  notArchivable: defineProblem({
    slug: 'candidature-not-archivable',
    status: 409,
    title: 'Candidature impossible à archiver',
    description: 'Une embauche, une action préalable à l’embauche (GEIQ) et le vivier ne s’archivent pas ; `state` donne l’état de la candidature.',
  }),
};
