import { defineProblem } from '@iae/core';

export const PrescriberProblems = {
  habilitatedByLaw: defineProblem({
    slug: 'habilitated-by-law',
    status: 422,
    title: 'Organisation habilitée par la loi',
    description:
      'Les organisations de la liste de l’arrêté du 1er septembre 2021 sont vérifiées par l’équipe de la plateforme, sans habilitation préfectorale.',
  }),
  notHabilitatedByLaw: defineProblem({
    slug: 'not-habilitated-by-law',
    status: 422,
    title: 'Habilitation préfectorale requise',
    description:
      'Cette organisation n’est pas sur la liste des prescripteurs habilités par la loi : elle demande une habilitation au préfet (DDETS de son département).',
  }),
  requestState: defineProblem({
    slug: 'habilitation-request-state',
    status: 409,
    title: 'Action impossible dans l’état de la demande',
    description: 'La demande n’est pas dans un état qui permet cette action ; `allowedActions` liste celles qui le sont.',
  }),
  openRequestExists: defineProblem({
    slug: 'habilitation-request-open',
    status: 409,
    title: 'Une demande est déjà en cours',
    description: 'Une organisation n’a qu’une demande d’habilitation ouverte à la fois.',
  }),
  incompleteRequest: defineProblem({
    slug: 'habilitation-request-incomplete',
    status: 422,
    title: 'Demande incomplète',
    description: 'Répondez aux quatre axes d’instruction avant de transmettre la demande.',
  }),
  cdiaeOpinionMissing: defineProblem({
    slug: 'cdiae-opinion-missing',
    status: 422,
    title: 'Avis du CDIAE manquant',
    description: 'L’habilitation est accordée après l’avis du CDIAE : enregistrez d’abord la date de cet avis.',
  }),
  notHabilitated: defineProblem({
    slug: 'not-prefectorally-habilitated',
    status: 409,
    title: 'Pas d’habilitation préfectorale en cours',
    description: 'Cette organisation n’a pas d’habilitation préfectorale à retirer.',
  }),
};
