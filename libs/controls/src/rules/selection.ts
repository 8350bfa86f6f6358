import { createHash } from 'node:crypto';

/**
 * The draw of the a-posteriori control (rules card "A-posteriori control"; iae-rules A.5): among the
 * SIAE of the département with at least 2 auto-prescribed hires in the period, the DDETS's ratio
 * (20–40 %, default 30 %, at least one SIAE); in each SIAE drawn, 20 % of its hires, at least 2, at
 * most 20. Seeded, so that anyone can draw again from the recorded seed and find the same selection;
 * the seed is drawn when the draw is confirmed, so that nobody can compute beforehand what a ratio
 * would draw.
 */

/** The SIAE kinds the control covers (EITI are not controlled). */
export const CONTROLLED_KINDS: readonly string[] = ['AI', 'EI', 'ACI', 'ETTI'];
export const MIN_HIRES_TO_QUALIFY = 2;
export const RATIO_MIN_PERCENT = 20;
export const RATIO_MAX_PERCENT = 40;
export const RATIO_DEFAULT_PERCENT = 30;
export const HIRES_PERCENT = 20;
export const MIN_HIRES_CONTROLLED = 2;
export const MAX_HIRES_CONTROLLED = 20;
/** Seeds are drawn in [0, 2^31). */
export const SEED_LIMIT = 2 ** 31;

/** `percent` % of `count`, rounded half up, in integers (no floating-point surprise at x.5). */
function percentOf(count: number, percent: number): number {
  return Math.floor((count * percent + 50) / 100);
}

/** A SIAE is in the draw with at least 2 hires of the population. */
export function qualifies(hires: number): boolean {
  return hires >= MIN_HIRES_TO_QUALIFY;
}

export function isValidRatio(percent: number): boolean {
  return Number.isInteger(percent) && percent >= RATIO_MIN_PERCENT && percent <= RATIO_MAX_PERCENT;
}

/** How many of the qualifying SIAE are drawn: the ratio, at least one (none when none qualifies). */
export function siaeToSelect(qualifyingSiae: number, ratioPercent: number): number {
  if (qualifyingSiae <= 0) return 0;
  return Math.min(qualifyingSiae, Math.max(1, percentOf(qualifyingSiae, ratioPercent)));
}

/** How many hires of a SIAE drawn are controlled: 20 %, at least 2, at most 20 (never more than it has). */
export function hiresToSelect(hires: number): number {
  return Math.min(hires, MAX_HIRES_CONTROLLED, Math.max(MIN_HIRES_CONTROLLED, percentOf(hires, HIRES_PERCENT)));
}

/** mulberry32: a small, well-distributed 32-bit generator; the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The first `count` items of a seeded Fisher–Yates shuffle of `items` sorted by `key` (so the input order does not matter). */
export function drawFrom<T>(items: readonly T[], count: number, random: () => number, key: (item: T) => string): T[] {
  const pool = [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n);
}

export interface PopulationHire {
  candidatureId: string;
  employerId: string;
  employerKind: string;
}

export interface PopulationFigures {
  hires: number;
  siae: number;
  qualifyingSiae: number;
  siaeToSelect: number;
  /** Hires of each SIAE with at least one, and whether it qualifies, biggest first. */
  bySiae: Array<{ employerId: string; employerKind: string; hires: number; qualifies: boolean; hiresControlledIfDrawn: number }>;
}

function groupBySiae(population: readonly PopulationHire[]): Map<string, PopulationHire[]> {
  const bySiae = new Map<string, PopulationHire[]>();
  for (const hire of population) {
    if (!CONTROLLED_KINDS.includes(hire.employerKind)) continue;
    const list = bySiae.get(hire.employerId) ?? [];
    list.push(hire);
    bySiae.set(hire.employerId, list);
  }
  return bySiae;
}

/** What the DDETS sees before confirming: the population, who qualifies, how many would be drawn. */
export function populationFigures(population: readonly PopulationHire[], ratioPercent: number): PopulationFigures {
  const bySiae = [...groupBySiae(population).values()].map((hires) => ({
    employerId: hires[0].employerId,
    employerKind: hires[0].employerKind,
    hires: hires.length,
    qualifies: qualifies(hires.length),
    hiresControlledIfDrawn: qualifies(hires.length) ? hiresToSelect(hires.length) : 0,
  }));
  bySiae.sort((a, b) => b.hires - a.hires || (a.employerId < b.employerId ? -1 : 1));
  const qualifying = bySiae.filter((s) => s.qualifies).length;
  return {
    hires: bySiae.reduce((sum, s) => sum + s.hires, 0),
    siae: bySiae.length,
    qualifyingSiae: qualifying,
    siaeToSelect: siaeToSelect(qualifying, ratioPercent),
    bySiae,
  };
}

/**
 * The population as the audit of the draw records it: its candidature ids, sorted, and their SHA-256
 * (one id a line), so that the draw can be replayed from the record and the record checked.
 */
export function populationRecord(population: readonly PopulationHire[]): { candidatureIds: string[]; sha256: string } {
  const candidatureIds = population.map((h) => h.candidatureId).sort();
  return { candidatureIds, sha256: createHash('sha256').update(candidatureIds.join('\n')).digest('hex') };
}

export interface Selection {
  seed: number;
  ratioPercent: number;
  siae: Array<{ employerId: string; employerKind: string; hiresInPopulation: number; hires: PopulationHire[] }>;
}

/**
 * The draw itself: the SIAE first (among those that qualify, ordered by id), then, SIAE by SIAE in
 * id order, their hires (ordered by candidature id), from one seeded sequence.
 */
export function drawSelection(population: readonly PopulationHire[], ratioPercent: number, seed: number): Selection {
  const random = seededRandom(seed);
  const bySiae = groupBySiae(population);
  const qualifying = [...bySiae.entries()].filter(([, hires]) => qualifies(hires.length)).map(([employerId]) => employerId);
  const drawn = drawFrom(qualifying, siaeToSelect(qualifying.length, ratioPercent), random, (id) => id).sort();
  return {
    seed,
    ratioPercent,
    siae: drawn.map((employerId) => {
      const hires = bySiae.get(employerId)!;
      return {
        employerId,
        employerKind: hires[0].employerKind,
        hiresInPopulation: hires.length,
        hires: drawFrom(hires, hiresToSelect(hires.length), random, (h) => h.candidatureId),
      };
    }),
  };
}
