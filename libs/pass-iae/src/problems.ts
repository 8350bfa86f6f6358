import { defineProblem } from '@iae/core';

export const PassIaeProblems = {
  waitingPeriod: defineProblem({
    slug: 'pass-iae-waiting-period',
    status: 422,
    title: 'Délai de carence du PASS IAE',
    description:
      'Pendant les 2 ans qui suivent la fin d’un PASS IAE, une SIAE ne peut pas en obtenir un nouveau pour la personne, sauf candidature d’un prescripteur habilité ou diagnostic valide d’un prescripteur habilité. `until` donne le dernier jour du délai.',
  }),
  hiringAfterPassEnd: defineProblem({
    slug: 'pass-iae-hiring-after-end',
    status: 422,
    title: 'Embauche après la fin du PASS IAE en cours',
    description:
      'La personne détient un PASS IAE valide : l’embauche doit commencer au plus tard le dernier jour de ce PASS (`until`), une personne n’ayant qu’un PASS à la fois.',
  }),
  suspended: defineProblem({
    slug: 'pass-iae-suspended',
    status: 422,
    title: 'PASS IAE suspendu',
    description: 'Le PASS IAE de la personne est suspendu pour un motif qui ne prend pas fin avec une nouvelle embauche ; contactez l’équipe de la plateforme.',
  }),
  notLatest: defineProblem({
    slug: 'pass-iae-not-latest',
    status: 422,
    title: 'Ce PASS IAE n’est pas le dernier de la personne',
    description: 'Seul le PASS IAE le plus récent de la personne peut être suspendu ou prolongé.',
  }),
  notInProgress: defineProblem({
    slug: 'pass-iae-not-in-progress',
    status: 422,
    title: 'PASS IAE terminé ou pas encore commencé',
    description:
      'Un PASS IAE se suspend, et ses suspensions se modifient, pendant qu’il court : un PASS terminé n’est pas ramené à la vie par une suspension. `passStatus` dit s’il est terminé (`expired`) ou à venir (`future`).',
  }),
  alreadySuspended: defineProblem({
    slug: 'pass-iae-already-suspended',
    status: 409,
    title: 'PASS IAE déjà suspendu',
    description: 'Le PASS IAE est suspendu aujourd’hui : modifiez la suspension en cours plutôt que d’en créer une autre.',
  }),
  suspensionOverlap: defineProblem({
    slug: 'pass-iae-suspension-overlap',
    status: 409,
    title: 'Suspensions qui se chevauchent',
    description: 'Deux suspensions d’un même PASS IAE ne partagent aucun jour ; `overlaps` donne la période déjà suspendue.',
  }),
  notProlongable: defineProblem({
    slug: 'pass-iae-not-prolongable',
    status: 422,
    title: 'Prolongation impossible aujourd’hui',
    description:
      'Une prolongation se déclare ou se demande de 12 mois avant à 6 mois après la fin du PASS IAE, sur le dernier PASS de la personne, non suspendu, sans demande déjà en attente ; `code` dit ce qui manque.',
  }),
  requestPending: defineProblem({
    slug: 'prolongation-request-pending',
    status: 409,
    title: 'Une demande de prolongation est déjà en attente',
    description: 'Un PASS IAE n’a qu’une demande de prolongation en attente à la fois : attendez la décision du prescripteur.',
  }),
  requestState: defineProblem({
    slug: 'prolongation-request-state',
    status: 409,
    title: 'Demande de prolongation déjà traitée',
    description: 'La demande a déjà été accordée ou refusée : `status` donne son état.',
  }),
  prescriberStillHabilitated: defineProblem({
    slug: 'prolongation-request-prescriber-habilitated',
    status: 409,
    title: 'Le prescripteur sollicité est toujours habilité',
    description:
      'Une demande de prolongation en attente change de prescripteur seulement quand celui à qui elle est adressée n’est plus habilité (habilitation terminée ou retirée) : sinon, attendez sa décision.',
  }),
  correctionLeavesPeriodsOut: defineProblem({
    slug: 'pass-iae-correction-leaves-periods-out',
    status: 409,
    title: 'Correction qui laisserait une suspension ou une prolongation hors du PASS IAE',
    description:
      'Les suspensions et les prolongations d’un PASS IAE restent dans ses dates : corrigez-les ou supprimez-les d’abord. `suspensions` et `prolongations` donnent celles qui sortiraient.',
  }),
  datesOverlap: defineProblem({
    slug: 'pass-iae-dates-overlap',
    status: 409,
    title: 'PASS IAE qui en chevaucherait un autre',
    description: 'Une personne n’a qu’un PASS IAE à la fois : deux de ses PASS ne partagent aucun jour.',
  }),
};
