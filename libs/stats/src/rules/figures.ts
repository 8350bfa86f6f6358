/** Share of `part` in `whole`, in percent with one decimal; none when there is nothing to divide. */
export function percent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

/** A duration in seconds, in days with one decimal (the unit DDETS staff read answer times in). */
export function secondsToDays(seconds: number | null): number | null {
  if (seconds === null || Number.isNaN(seconds)) return null;
  return Math.round((seconds / 86_400) * 10) / 10;
}

/** Candidatures are grouped by who sent them: the person, a SIAE for itself, or a prescriber of a kind. */
export type SenderGroup = { sender: 'candidate' } | { sender: 'employer' } | { sender: 'prescriber'; organizationKind: string; habilitated: boolean };

export function senderGroupOf(row: { sender_kind: string; sender_organization_kind: string | null; sender_habilitated: boolean }): SenderGroup {
  if (row.sender_kind === 'prescriber')
    return { sender: 'prescriber', organizationKind: row.sender_organization_kind ?? 'OTHER', habilitated: row.sender_habilitated };
  return { sender: row.sender_kind === 'employer' ? 'employer' : 'candidate' };
}

/** One CSV line per figure: a set's nested figures flattened to `path;value`, lists with their keys. */
export function flattenFigures(
  value: unknown,
  path: string[] = [],
  rows: Array<[string, string | number | boolean | null]> = [],
): Array<[string, string | number | boolean | null]> {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const key = typeof item === 'object' && item !== null ? keyOf(item as Record<string, unknown>) : null;
      flattenFigures(item, [...path, key ?? String(index)], rows);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (KEY_FIELDS.includes(key) && path.length > 0) continue;
      flattenFigures(item, [...path, key], rows);
    }
  } else {
    rows.push([path.join('.'), (value as string | number | boolean | null) ?? null]);
  }
  return rows;
}

/** What names an item of a list (kept in the path, not repeated as a figure). */
const KEY_FIELDS = ['key'];

function keyOf(item: Record<string, unknown>): string | null {
  return typeof item.key === 'string' ? item.key : null;
}

/** The median of values given with how many times each occurs (the usual one: the mean of the two middle values when even). */
export function medianOfHistogram(buckets: ReadonlyArray<{ value: number; count: number }>): number | null {
  const sorted = buckets.filter((b) => b.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, b) => sum + b.count, 0);
  if (total === 0) return null;
  const at = (position: number) => {
    let seen = 0;
    for (const bucket of sorted) {
      seen += bucket.count;
      if (seen >= position) return bucket.value;
    }
    return sorted[sorted.length - 1].value;
  };
  return total % 2 === 1 ? at((total + 1) / 2) : (at(total / 2) + at(total / 2 + 1)) / 2;
}
