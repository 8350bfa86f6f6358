import { IsoDate } from '@iae/core';
import { normalizeNir } from './nir';

/**
 * What proves that a professional knows a person, to follow someone another organisation registered
 * (guide: a prescriber applying for an existing candidate identifies them by NIR and e-mail). Only
 * what a stranger cannot enumerate: the exact NIR; or the names, the full birth date and the e-mail
 * address on file together; names and birth date alone only for a file with neither NIR nor e-mail,
 * where attempts are few (per person and per user) and each shows in the person's access log. The
 * person may also grant access from their own space.
 */
export interface ClaimProof {
  nir?: string;
  firstName?: string;
  lastName?: string;
  birthDate?: IsoDate;
  email?: string;
}

export interface KnownPerson {
  nir: string | null;
  /** Last and first names as `normalizeName` writes them (`garnier ines`). */
  searchName: string;
  birthDate: IsoDate;
  email: string | null;
}

export type ClaimVerdict = { proven: true; by: 'nir' | 'identityAndEmail' | 'identity' } | { proven: false };

/** Failed claims allowed on one person's file, whoever makes them, and by one user, whoever they aim at. */
export const CLAIM_LIMITS = {
  perPerson: { limit: 5, windowSeconds: 24 * 3600 },
  perUser: { limit: 10, windowSeconds: 3600 },
} as const;

export function claimVerdict(person: KnownPerson, proof: ClaimProof, normalizeName: (name: string) => string): ClaimVerdict {
  if (proof.nir) return person.nir && normalizeNir(proof.nir) === person.nir ? { proven: true, by: 'nir' } : { proven: false };
  if (!proof.firstName || !proof.lastName || !proof.birthDate) return { proven: false };
  const identity = normalizeName(`${proof.lastName} ${proof.firstName}`) === person.searchName && proof.birthDate === person.birthDate;
  if (!identity) return { proven: false };
  if (person.email) return proof.email?.trim().toLowerCase() === person.email.toLowerCase() ? { proven: true, by: 'identityAndEmail' } : { proven: false };
  // With a NIR on file and no e-mail, the NIR is what proves it.
  return person.nir ? { proven: false } : { proven: true, by: 'identity' };
}
