/**
 * How complex a JSON body may be. Our request bodies nest 4 levels at most and hold a few hundred
 * values; the limits leave room for that and stop a body built to exhaust the stack or the CPU of the
 * DTO transform (3,000 levels overflowed it; 160,000 tiny values took seconds) before it is parsed.
 */
export const JSON_LIMITS = { maxDepth: 20, maxValues: 5_000 } as const;

export type JsonShapeViolation = { rule: 'maxDepth' | 'maxValues'; limit: number };

/**
 * One pass over the raw text, outside strings: nesting depth, and values (each opening bracket and
 * each separator counts one). Cheap enough to run before JSON.parse on every body.
 */
export function jsonShapeViolation(text: string, limits: { maxDepth: number; maxValues: number } = JSON_LIMITS): JsonShapeViolation | null {
  let depth = 0;
  let values = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limits.maxDepth) return { rule: 'maxDepth', limit: limits.maxDepth };
      if (++values > limits.maxValues) return { rule: 'maxValues', limit: limits.maxValues };
    } else if (c === 0x7d || c === 0x5d) depth--;
    else if (c === 0x2c && ++values > limits.maxValues) return { rule: 'maxValues', limit: limits.maxValues };
  }
  return null;
}
