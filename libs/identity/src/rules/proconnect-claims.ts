import { FieldError } from '@iae/core';

/** What the platform keeps of a person ProConnect vouches for. */
export interface ProConnectPerson {
  sub: string;
  email: string;
  firstName: string;
  lastName: string;
  /** The establishment the person works for, when the provider knows it (14 digits). */
  siret: string | null;
  acr: string | null;
  amr: string[];
  idpId: string | null;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * Reads the claims of the ID token and of the userinfo answer (both already checked against the provider's keys and
 * our request): ProConnect names the family name `usual_name`; a claim of the wrong shape is refused, never guessed.
 */
export function readProConnectClaims(claims: Record<string, unknown>): { person: ProConnectPerson } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const text = (name: string): string | null => (typeof claims[name] === 'string' && (claims[name] as string).trim() ? (claims[name] as string).trim() : null);
  const sub = text('sub');
  if (!sub || sub.length > 255) errors.push({ field: 'sub', code: 'isSubject', message: 'ProConnect n’a pas transmis d’identifiant (sub) valable.' });
  const email = text('email')?.toLowerCase() ?? null;
  if (!email || email.length > 254 || !EMAIL.test(email)) {
    errors.push({ field: 'email', code: 'isEmail', message: 'ProConnect n’a pas transmis d’adresse e-mail valable.' });
  }
  const firstName = text('given_name');
  const lastName = text('usual_name') ?? text('family_name');
  if (!firstName || firstName.length > 100) errors.push({ field: 'given_name', code: 'isName', message: 'ProConnect n’a pas transmis de prénom valable.' });
  if (!lastName || lastName.length > 100) errors.push({ field: 'usual_name', code: 'isName', message: 'ProConnect n’a pas transmis de nom valable.' });
  const rawSiret = text('siret')?.replace(/\s/g, '') ?? null;
  const siret = rawSiret && /^\d{14}$/.test(rawSiret) ? rawSiret : null;
  if (rawSiret && !siret) errors.push({ field: 'siret', code: 'isSiret', message: 'ProConnect a transmis un SIRET qui ne compte pas 14 chiffres.' });
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((v): v is string => typeof v === 'string') : [];
  if (errors.length) return { errors };
  return { person: { sub: sub!, email: email!, firstName: firstName!, lastName: lastName!, siret, acr: text('acr'), amr, idpId: text('idp_id') } };
}

export type AccountMatch =
  | { decision: 'found'; userId: string }
  | { decision: 'link'; userId: string }
  | { decision: 'create' }
  | { decision: 'refuse'; reason: 'email-not-confirmed' | 'candidate-account' | 'disabled' | 'linked-elsewhere' };

/**
 * Who signs in: the account already bound to this `sub`; else the account of the same address, linked once if its
 * owner proved the address (never one whose address nobody confirmed: whoever created it could be anyone); else a new one.
 */
export function matchAccount(input: {
  bySub: { userId: string; disabled: boolean } | null;
  byEmail: { userId: string; kind: string; confirmed: boolean; disabled: boolean; linkedToAnotherSub: boolean } | null;
}): AccountMatch {
  if (input.bySub) return input.bySub.disabled ? { decision: 'refuse', reason: 'disabled' } : { decision: 'found', userId: input.bySub.userId };
  const owner = input.byEmail;
  if (!owner) return { decision: 'create' };
  if (owner.disabled) return { decision: 'refuse', reason: 'disabled' };
  if (owner.kind !== 'professional') return { decision: 'refuse', reason: 'candidate-account' };
  if (!owner.confirmed) return { decision: 'refuse', reason: 'email-not-confirmed' };
  if (owner.linkedToAnotherSub) return { decision: 'refuse', reason: 'linked-elsewhere' };
  return { decision: 'link', userId: owner.userId };
}
