/** A ROME code: the domain letter (A to N), then four digits (K2204). */
export const ROME_CODE = /^[A-N][0-9]{4}$/;

/** An appellation's OGR code: digits only (10200, 140949, 488824). */
export const OGR_CODE = /^[0-9]{1,9}$/;

export const DOMAIN_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N'] as const;
export type DomainLetter = (typeof DOMAIN_LETTERS)[number];

export function isRomeCode(value: unknown): value is string {
  return typeof value === 'string' && ROME_CODE.test(value);
}

export function isOgrCode(value: unknown): value is string {
  return typeof value === 'string' && OGR_CODE.test(value);
}

export function isDomainLetter(value: unknown): value is DomainLetter {
  return typeof value === 'string' && (DOMAIN_LETTERS as readonly string[]).includes(value);
}

/** The « grand domaine » is the code's first letter. */
export function domainOf(romeCode: string): DomainLetter {
  const letter = romeCode.charAt(0);
  if (!isRomeCode(romeCode) || !isDomainLetter(letter)) throw new Error(`Not a ROME code: ${romeCode}`);
  return letter;
}

/** What someone typed in the search box, if it is a ROME code or the start of one (« k22 », « K2204 »). */
export function romeCodePrefix(query: string): string | null {
  const compact = query.trim().toUpperCase();
  return /^[A-N][0-9]{1,4}$/.test(compact) ? compact : null;
}
