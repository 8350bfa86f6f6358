import { normalizeName } from './normalize-name';

/** What a user typed in a commune search box, once understood. */
export type CommuneQuery =
  /** Two to five digits: a postal code or the start of one; five digits may also be an INSEE code. */
  | { kind: 'postalCode'; postalCode: string; inseeCode: string | null }
  /** A Corsican INSEE code (2A004): no postal code has letters. */
  | { kind: 'inseeCode'; inseeCode: string }
  /** A name, normalised like `communes.normalized_name`; `fuzzy` when long enough for trigrams to mean something. */
  | { kind: 'name'; text: string; fuzzy: boolean }
  | { kind: 'nothing' };

const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;
const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };
const MIN_FUZZY_LENGTH = 3;

export function isInseeCode(value: string): boolean {
  return INSEE_CODE.test(value);
}

export function parseCommuneQuery(input: string): CommuneQuery {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  if (/^\d+$/.test(compact)) {
    // One digit would match a tenth of France: wait for the second.
    if (compact.length < 2 || compact.length > 5) return { kind: 'nothing' };
    return { kind: 'postalCode', postalCode: compact, inseeCode: compact.length === 5 ? compact : null };
  }
  if (/^2[AB]\d{3}$/.test(compact)) return { kind: 'inseeCode', inseeCode: compact };

  const words = normalizeName(input).split(' ').filter(Boolean);
  if (!words.length) return { kind: 'nothing' };
  // Official names never abbreviate Saint; a lone "st" may still be the start of Stenay.
  const text = (words.length > 1 ? words.map((word) => ABBREVIATIONS[word] ?? word) : words).join(' ');
  return { kind: 'name', text, fuzzy: text.length >= MIN_FUZZY_LENGTH };
}
