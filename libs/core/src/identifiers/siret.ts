/**
 * SIRET = SIREN (9 digits) + NIC (5 digits), checked with the Luhn key.
 * La Poste's establishments (SIREN 356 000 000) follow their own rule: the digit sum is a multiple of 5.
 */
const LA_POSTE_SIREN = '356000000';

export function isValidSiret(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{14}$/.test(value)) return false;
  if (value.startsWith(LA_POSTE_SIREN) && value !== '35600000000048') {
    const sum = [...value].reduce((total, digit) => total + Number(digit), 0);
    return sum % 5 === 0;
  }
  return luhn(value);
}

export function isValidSiren(value: unknown): value is string {
  return typeof value === 'string' && /^\d{9}$/.test(value) && luhn(value);
}

/** Completes 13 digits with the Luhn key (demo and test data that pass the same checks as real SIRETs). */
export function siretWithKey(first13: string): string {
  if (!/^\d{13}$/.test(first13)) throw new RangeError(`13 digits expected, got ${first13}`);
  for (let key = 0; key <= 9; key++) {
    if (luhn(`${first13}${key}`)) return `${first13}${key}`;
  }
  throw new Error('unreachable');
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Accepts the usual ways people type a SIRET ("123 456 789 00012") and keeps the digits. */
export function normalizeSiret(value: string): string {
  return value.replace(/[\s.-]/g, '');
}
