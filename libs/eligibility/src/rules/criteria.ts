/**
 * The administrative eligibility criteria of the arrêté of 1 September 2021, with their proofs and
 * how old a proof may be (iae-rules.md A.1). Loaded into `administrative_criteria` by migration.
 */
export type CriterionLevel = 1 | 2;

export interface Criterion {
  key: string;
  level: CriterionLevel;
  label: string;
  proof: string;
  /** How many months old the proof may be on the diagnosis date; null when it only has to be valid. */
  proofValidityMonths: number | null;
  rank: number;
}

export const CRITERIA: readonly Criterion[] = [
  { key: 'RSA', level: 1, label: 'Bénéficiaire du RSA (revenu de solidarité active)', proof: 'Attestation RSA', proofValidityMonths: 3, rank: 1 },
  { key: 'ASS', level: 1, label: 'Allocataire ASS (allocation de solidarité spécifique)', proof: 'Attestation ASS', proofValidityMonths: 3, rank: 2 },
  { key: 'AAH', level: 1, label: 'Allocataire AAH (allocation aux adultes handicapés)', proof: 'Attestation AAH', proofValidityMonths: 3, rank: 3 },
  {
    key: 'DETLD',
    level: 1,
    label: 'Demandeur d’emploi de très longue durée (DETLD, 24 mois et plus)',
    proof: 'Attestation France Travail',
    proofValidityMonths: 3,
    rank: 4,
  },
  {
    key: 'CAP_BEP',
    level: 2,
    label: 'Niveau d’étude 3 (CAP, BEP) ou infra',
    proof: 'Diplôme et/ou attestation sur l’honneur',
    proofValidityMonths: 3,
    rank: 5,
  },
  { key: 'SENIOR', level: 2, label: 'Senior (50 ans et plus)', proof: 'Pièce d’identité', proofValidityMonths: null, rank: 6 },
  { key: 'JEUNE', level: 2, label: 'Jeune (moins de 26 ans)', proof: 'Pièce d’identité', proofValidityMonths: null, rank: 7 },
  { key: 'ASE', level: 2, label: 'Sortant de l’aide sociale à l’enfance (ASE)', proof: 'Attestation ASE', proofValidityMonths: 12, rank: 8 },
  {
    key: 'DELD',
    level: 2,
    label: 'Demandeur d’emploi de longue durée (DELD, 12 à 24 mois)',
    proof: 'Attestation France Travail',
    proofValidityMonths: 3,
    rank: 9,
  },
  {
    key: 'TH',
    level: 2,
    label: 'Travailleur handicapé',
    proof: 'Attestation de reconnaissance de la qualité de travailleur handicapé en cours de validité',
    proofValidityMonths: null,
    rank: 10,
  },
  { key: 'PI', level: 2, label: 'Parent isolé', proof: 'Attestation CAF', proofValidityMonths: 3, rank: 11 },
  {
    key: 'PSH_PR',
    level: 2,
    label: 'Personne sans hébergement ou hébergée ou ayant un parcours de rue',
    proof: 'Certificat de domiciliation, sinon attestation sur l’honneur d’un travailleur social ou d’une association',
    proofValidityMonths: 3,
    rank: 12,
  },
  {
    key: 'REF_DA',
    level: 2,
    label: 'Réfugié statutaire, bénéficiaire d’une protection temporaire, protégé subsidiaire ou demandeur d’asile',
    proof:
      'Titre de séjour en cours de validité ou récépissé de renouvellement ; autorisation provisoire de travail (demandeur d’asile) ; autorisation provisoire de séjour (protection temporaire)',
    proofValidityMonths: null,
    rank: 13,
  },
  {
    key: 'ZRR',
    level: 2,
    label: 'Résident en zone de revitalisation rurale (ZRR)',
    proof: 'Justificatif de domicile (facture d’eau, d’électricité, d’internet ou de téléphone)',
    proofValidityMonths: 6,
    rank: 14,
  },
  {
    key: 'QPV',
    level: 2,
    label: 'Résident d’un quartier prioritaire de la politique de la ville (QPV)',
    proof: 'Justificatif de domicile',
    proofValidityMonths: 6,
    rank: 15,
  },
  {
    key: 'DETENTION_MJ',
    level: 2,
    label: 'Sortant de détention ou personne placée sous main de justice',
    proof: 'Billet de sortie ou attestation du juge d’application des peines',
    proofValidityMonths: 6,
    rank: 16,
  },
  {
    key: 'FLE',
    level: 2,
    label: 'Maîtrise de la langue française inférieure au niveau A1',
    proof: 'Évaluation FLE inférieure au niveau A1',
    proofValidityMonths: 6,
    rank: 17,
  },
  { key: 'PM', level: 2, label: 'Problème de mobilité', proof: 'Diagnostic mobilité délivré par un prescripteur habilité', proofValidityMonths: 6, rank: 18 },
];

export const CRITERIA_BY_KEY: ReadonlyMap<string, Criterion> = new Map(CRITERIA.map((c) => [c.key, c]));

/** Criteria that contradict each other: one cannot be both senior and young, long- and very-long-term unemployed. */
export const FORBIDDEN_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['SENIOR', 'JEUNE'],
  ['DETLD', 'DELD'],
];
