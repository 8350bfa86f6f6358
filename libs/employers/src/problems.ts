import { defineProblem } from '@iae/core';

export const EmployerProblems = {
  inactive: defineProblem({
    slug: 'employer-inactive',
    status: 409,
    title: 'Structure inactive',
    description: 'La structure n’est plus active (convention terminée depuis plus de 30 jours, ou fermée par l’équipe de la plateforme).',
  }),
  invalidAntenne: defineProblem({
    slug: 'invalid-antenne',
    status: 422,
    title: 'Antenne impossible',
    description: 'Une antenne appartient à la même entreprise (même SIREN) et au même type que sa structure mère, qui n’est pas elle-même une antenne.',
  }),
  jobDescriptionInUse: defineProblem({
    slug: 'job-description-in-use',
    status: 409,
    title: 'Fiche de poste citée par des candidatures',
    description:
      'Une fiche de poste pour laquelle des candidatures ont été envoyées, ou une embauche faite, reste dans leur historique : elle ne se supprime pas, elle se ferme au recrutement (`isActive: false`).',
  }),
};
