/** Contract types of a job description (reference platform's list, `reference-platform.md` §1.4). */
export const CONTRACT_TYPES = {
  PERMANENT: 'CDI',
  PERMANENT_I: 'CDI inclusion',
  FIXED_TERM: 'CDD',
  FIXED_TERM_USAGE: 'CDD d’usage',
  FIXED_TERM_I: 'CDD insertion (CDDI)',
  FIXED_TERM_I_PHC: 'CDDI Premières heures en chantier',
  FIXED_TERM_I_CVG: 'CDDI Convergence',
  FIXED_TERM_TREMPLIN: 'CDD Tremplin',
  APPRENTICESHIP: 'Contrat d’apprentissage',
  PROFESSIONAL_TRAINING: 'Contrat de professionnalisation',
  TEMPORARY: 'Contrat de mission intérimaire',
  BUSINESS_CREATION: 'Accompagnement à la création d’entreprise',
  OTHER: 'Autre type de contrat',
} as const;
export type ContractType = keyof typeof CONTRACT_TYPES;

export const PROGRAMMES = {
  PHC: 'Premières heures en chantier',
  CONVERGENCE: 'Convergence',
} as const;
export type Programme = keyof typeof PROGRAMMES;

/**
 * What each kind of employer may offer. SIAE hire on insertion contracts (the CDI inclusion comes
 * later in a parcours, never at entry); an EITI supports independent workers; the PHC and
 * Convergence CDDI exist only in ACI carrying those programmes.
 */
export function allowedContractTypes(kind: string, programmes: readonly Programme[] = []): ContractType[] {
  switch (kind) {
    case 'GEIQ':
      return ['APPRENTICESHIP', 'PROFESSIONAL_TRAINING', 'OTHER'];
    case 'EA':
    case 'EATT':
      return ['PERMANENT', 'FIXED_TERM', 'TEMPORARY', 'FIXED_TERM_TREMPLIN', 'APPRENTICESHIP', 'PROFESSIONAL_TRAINING', 'OTHER'];
    case 'EITI':
      return ['BUSINESS_CREATION', 'OTHER'];
    case 'OPCS':
      return ['PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'PROFESSIONAL_TRAINING', 'OTHER'];
    case 'ACI':
      return [
        'FIXED_TERM_I',
        'FIXED_TERM_USAGE',
        'TEMPORARY',
        'PROFESSIONAL_TRAINING',
        ...(programmes.includes('PHC') ? (['FIXED_TERM_I_PHC'] as const) : []),
        ...(programmes.includes('CONVERGENCE') ? (['FIXED_TERM_I_CVG'] as const) : []),
        'OTHER',
      ];
    case 'AI':
    case 'EI':
    case 'ETTI':
      return ['FIXED_TERM_I', 'FIXED_TERM_USAGE', 'TEMPORARY', 'PROFESSIONAL_TRAINING', 'OTHER'];
    default:
      return [];
  }
}

/** Only an ACI may carry the PHC and Convergence programmes. */
export function programmesAllowed(kind: string, programmes: readonly string[]): boolean {
  return programmes.length === 0 || kind === 'ACI';
}
