/**
 * Guessing one account's password from many addresses. Each address has its own small budget
 * (`LOGIN_RATE_LIMIT`), which a botnet multiplies; the account has one more for the failures from
 * addresses it never signed in from. Its owner is not locked out: from an address they signed in
 * from before, the account's budget does not apply, and a password reset refills it.
 */
export function mustWaitForAccountBudget(attempt: { fromKnownAddress: boolean; recentFailuresFromUnknownAddresses: number; limit: number }): boolean {
  return !attempt.fromKnownAddress && attempt.recentFailuresFromUnknownAddresses >= attempt.limit;
}

/** How long an address a person signed in from stays known (each sign-in renews it). */
export const KNOWN_ADDRESS_DAYS = 90;
