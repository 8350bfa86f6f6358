import { OrganizationFamily } from '@iae/core';

/** Employers; the first five are SIAE, subject to the IAE rules (eligibility, PASS IAE). */
export const EMPLOYER_KINDS = {
  ACI: 'Atelier et chantier d’insertion',
  AI: 'Association intermédiaire',
  EI: 'Entreprise d’insertion',
  ETTI: 'Entreprise de travail temporaire d’insertion',
  EITI: 'Entreprise d’insertion par le travail indépendant',
  GEIQ: 'Groupement d’employeurs pour l’insertion et la qualification',
  EA: 'Entreprise adaptée',
  EATT: 'Entreprise adaptée de travail temporaire',
  OPCS: 'Organisation porteuse de la clause sociale',
} as const;
export type EmployerKind = keyof typeof EMPLOYER_KINDS;

export const SIAE_KINDS: readonly EmployerKind[] = ['ACI', 'AI', 'EI', 'ETTI', 'EITI'];

export function isSiaeKind(kind: string): boolean {
  return (SIAE_KINDS as readonly string[]).includes(kind);
}

/**
 * Prescriber organisations. All but `OHPD` and `OTHER` are habilitated by law (arrêté of
 * 1 September 2021, guide L281-301); their authorisation is still checked by platform staff.
 */
export const PRESCRIBER_KINDS = {
  FT: 'France Travail',
  CAP_EMPLOI: 'Cap emploi',
  ML: 'Mission locale',
  CAF: 'Caisse d’allocations familiales',
  MSA: 'Mutualité sociale agricole',
  DEPT: 'Service social du conseil départemental',
  ASE: 'Aide sociale à l’enfance',
  ODC: 'Organisation délégataire d’un conseil départemental',
  CCAS: 'Centre communal ou intercommunal d’action sociale (CCAS, CIAS)',
  PLIE: 'Plan local pour l’insertion et l’emploi',
  OCASF: 'Organisme mentionné au 8° du I de l’article L.312-1 du CASF',
  CHRS: 'Centre d’hébergement et de réinsertion sociale',
  CHU: 'Centre d’hébergement d’urgence',
  CPH: 'Centre provisoire d’hébergement',
  PENSION: 'Pension de famille, résidence accueil',
  RS_FJT: 'Résidence sociale, foyer de jeunes travailleurs',
  OIL: 'Opérateur d’intermédiation locative',
  CADA: 'Centre d’accueil de demandeurs d’asile',
  HUDA: 'Hébergement d’urgence pour demandeurs d’asile',
  SPIP: 'Service pénitentiaire d’insertion et de probation',
  PJJ: 'Protection judiciaire de la jeunesse',
  CIDFF: 'Centre d’information sur les droits des femmes et des familles',
  PREVENTION: 'Service ou club de prévention spécialisée',
  AFPA: 'Agence nationale pour la formation professionnelle des adultes',
  PIJ_BIJ: 'Point ou bureau information jeunesse',
  CAVA: 'Centre d’adaptation à la vie active',
  OACAS: 'Organisme d’accueil communautaire et d’activité solidaire',
  CSAPA: 'Centre de soins, d’accompagnement et de prévention en addictologie',
  CAARUD: 'Centre d’accueil et d’accompagnement à la réduction des risques pour usagers de drogues',
  EPIDE: 'Établissement pour l’insertion dans l’emploi',
  E2C: 'École de la deuxième chance',
  OHPD: 'Organisme habilité par le préfet de département',
  OTHER: 'Autre organisation (orienteur)',
} as const;
export type PrescriberKind = keyof typeof PRESCRIBER_KINDS;

export const INSTITUTION_KINDS = {
  DDETS_IAE: 'DDETS (service IAE)',
  DREETS_IAE: 'DREETS (service IAE)',
  DGEFP_IAE: 'DGEFP (IAE)',
} as const;
export type InstitutionKind = keyof typeof INSTITUTION_KINDS;

export const KINDS_BY_FAMILY: Record<OrganizationFamily, Record<string, string>> = {
  employer: EMPLOYER_KINDS,
  prescriber: PRESCRIBER_KINDS,
  institution: INSTITUTION_KINDS,
};

export type AuthorizationStatus = 'not_set' | 'validated' | 'refused' | 'not_required';

export function isHabilitatedByLaw(kind: string): boolean {
  return kind in PRESCRIBER_KINDS && kind !== 'OHPD' && kind !== 'OTHER';
}

/**
 * Every prescriber organisation starts unverified: its members are orienteurs until staff (or,
 * for a prefectoral habilitation, the DDETS) validate it. `OTHER` has nothing to validate.
 */
export function initialAuthorizationStatus(kind: PrescriberKind): AuthorizationStatus {
  return kind === 'OTHER' ? 'not_required' : 'not_set';
}

/** A prescriber organisation is habilitated only once its authorisation is validated. */
export function isHabilitated(family: OrganizationFamily, authorizationStatus: string | null): boolean {
  return family === 'prescriber' && authorizationStatus === 'validated';
}

/** France Travail agencies are identified by their SAFIR code; every other organisation by its SIRET. */
export function requiresSiret(family: OrganizationFamily, kind: string): boolean {
  return family === 'employer' || (family === 'prescriber' && kind !== 'FT');
}
