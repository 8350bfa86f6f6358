import { FieldError } from '@iae/core';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Passwords seen first in every leak; refused whatever their length. */
const COMMON_PASSWORDS = new Set([
  'motdepasse123',
  'motdepasse1234',
  '123456789012',
  'azertyuiop12',
  'azertyuiop123',
  'qwertyuiop12',
  'password1234',
  'password12345',
  'bonjour12345',
  'soleil123456',
  'azerty123456',
  '000000000000',
  'abcdefghijkl',
  'iloveyou1234',
  'marseille1234',
  'doudou123456',
  'jetaime12345',
  'liverpool1234',
]);

/**
 * Length is what makes a password strong (ANSSI, NIST SP 800-63B): at least 12 characters,
 * not a known leaked one, not built from the person's own e-mail or name.
 */
export function checkPassword(password: string, person: { email?: string; firstName?: string; lastName?: string } = {}, field = 'password'): FieldError[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return [{ field, code: 'passwordTooShort', message: `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.` }];
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return [{ field, code: 'passwordTooLong', message: `Le mot de passe ne doit pas dépasser ${PASSWORD_MAX_LENGTH} caractères.` }];
  }
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || new Set(lower).size <= 2) {
    return [{ field, code: 'passwordTooCommon', message: 'Ce mot de passe est trop courant ; choisissez une phrase que vous seul connaissez.' }];
  }
  const personal = [person.email?.split('@')[0], person.firstName, person.lastName]
    .filter((part): part is string => !!part && part.length >= 4)
    .map((part) => part.toLowerCase());
  if (personal.some((part) => lower.includes(part))) {
    return [{ field, code: 'passwordTooPersonal', message: 'Le mot de passe ne doit pas reprendre votre nom ni votre adresse e-mail.' }];
  }
  return [];
}
