import {
  PopulationHire,
  drawFrom,
  drawSelection,
  hiresToSelect,
  isValidRatio,
  populationFigures,
  populationRecord,
  qualifies,
  seededRandom,
  siaeToSelect,
} from './selection';

/** `count` hires of one SIAE, with ids that sort in creation order. */
function hiresOf(employerId: string, count: number, kind = 'ACI'): PopulationHire[] {
  return Array.from({ length: count }, (_, i) => ({ candidatureId: `${employerId}-c${String(i).padStart(4, '0')}`, employerId, employerKind: kind }));
}

describe('who qualifies (rules card: a SIAE qualifies with ≥ 2 auto-prescribed hires)', () => {
  it('leaves out a SIAE with 1 hire, takes one with 2', () => {
    expect(qualifies(0)).toBe(false);
    expect(qualifies(1)).toBe(false);
    expect(qualifies(2)).toBe(true);
  });
});

describe('how many SIAE are drawn (20–40 %, default 30 %, at least 1)', () => {
  it('accepts a ratio from 20 to 40 %, whole', () => {
    expect([19, 20, 30, 40, 41, 25.5].map(isValidRatio)).toEqual([false, true, true, true, false, false]);
  });

  it('draws at least one SIAE as soon as one qualifies, none when none does', () => {
    expect(siaeToSelect(0, 30)).toBe(0);
    expect(siaeToSelect(1, 20)).toBe(1);
    expect(siaeToSelect(3, 20)).toBe(1); // 0.6
  });

  it('takes the ratio of the qualifying SIAE, rounded half up', () => {
    expect(siaeToSelect(10, 30)).toBe(3);
    expect(siaeToSelect(10, 40)).toBe(4);
    expect(siaeToSelect(5, 30)).toBe(2); // 1.5
    expect(siaeToSelect(7, 20)).toBe(1); // 1.4
    expect(siaeToSelect(100, 33)).toBe(33);
  });
});

describe('how many hires of a SIAE drawn are controlled (20 %, at least 2, at most 20)', () => {
  it.each([
    [2, 2],
    [3, 2],
    [9, 2], // 1.8 → at least 2
    [12, 2], // 2.4
    [13, 3], // 2.6
    [97, 19],
    [100, 20],
    [101, 20],
    [150, 20], // 30 → at most 20
    [1000, 20],
  ])('%i hires → %i controlled', (hires, controlled) => {
    expect(hiresToSelect(hires)).toBe(controlled);
  });
});

describe('the seeded draw', () => {
  it('gives the same sequence for the same seed, another for another seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('shuffles without repeating an item, whatever the input order', () => {
    const items = ['e', 'b', 'a', 'd', 'c'];
    const drawn = drawFrom(items, 5, seededRandom(7), (x) => x);
    expect([...drawn].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(drawFrom([...items].reverse(), 3, seededRandom(7), (x) => x)).toEqual(drawn.slice(0, 3));
  });

  it('spreads the draw: every item comes first about as often over many seeds', () => {
    const firsts = new Map<string, number>();
    for (let seed = 0; seed < 4000; seed++) {
      const [first] = drawFrom(['a', 'b', 'c', 'd'], 1, seededRandom(seed), (x) => x);
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const count of firsts.values()) expect(count).toBeGreaterThan(850); // 1000 expected each
  });
});

describe('a selection over a constructed population', () => {
  // 10 qualifying SIAE: one with 150 hires, one with 9, eight with 2; plus one with a single hire and an EITI.
  const population: PopulationHire[] = [
    ...hiresOf('siae-150', 150),
    ...hiresOf('siae-009', 9, 'AI'),
    ...Array.from({ length: 8 }, (_, i) => hiresOf(`siae-2-${i}`, 2, 'EI')).flat(),
    ...hiresOf('siae-001', 1, 'ETTI'),
    ...hiresOf('eiti-005', 5, 'EITI'),
  ];

  it('shows the figures before the draw', () => {
    const figures = populationFigures(population, 30);
    expect(figures).toMatchObject({ hires: 150 + 9 + 16 + 1, siae: 11, qualifyingSiae: 10, siaeToSelect: 3 });
    expect(figures.bySiae[0]).toEqual({ employerId: 'siae-150', employerKind: 'ACI', hires: 150, qualifies: true, hiresControlledIfDrawn: 20 });
    expect(figures.bySiae.find((s) => s.employerId === 'siae-009')).toMatchObject({ hires: 9, hiresControlledIfDrawn: 2 });
    expect(figures.bySiae.find((s) => s.employerId === 'siae-001')).toMatchObject({ qualifies: false, hiresControlledIfDrawn: 0 });
    expect(figures.bySiae.some((s) => s.employerId === 'eiti-005')).toBe(false);
  });

  it('draws the ratio of the qualifying SIAE, never one with a single hire nor an EITI', () => {
    for (let seed = 0; seed < 50; seed++) {
      const selection = drawSelection(population, 30, seed);
      expect(selection.siae).toHaveLength(3);
      for (const siae of selection.siae) {
        expect(['siae-001', 'eiti-005']).not.toContain(siae.employerId);
        expect(new Set(siae.hires.map((h) => h.candidatureId)).size).toBe(siae.hires.length);
        expect(siae.hires.every((h) => h.employerId === siae.employerId)).toBe(true);
      }
    }
  });

  it('controls 20 hires of the SIAE with 150, 2 of the one with 9, both of one with 2', () => {
    expect(drawSelection(population, 40, 1).siae).toHaveLength(4);
    for (const [employerId, controlled] of [
      ['siae-150', 20],
      ['siae-009', 2],
      ['siae-2-0', 2],
    ] as const) {
      const alone = drawSelection(
        population.filter((h) => h.employerId === employerId),
        30,
        1,
      );
      expect(alone.siae.map((s) => [s.employerId, s.hiresInPopulation > 0, s.hires.length])).toEqual([[employerId, true, controlled]]);
    }
  });

  it('draws the same SIAE and hires from the same seed, in any input order', () => {
    const first = drawSelection(population, 30, 20261123);
    const again = drawSelection([...population].reverse(), 30, 20261123);
    expect(again).toEqual(first);
    const other = drawSelection(population, 30, 20261124);
    expect(other.siae.map((s) => s.hires.map((h) => h.candidatureId))).not.toEqual(first.siae.map((s) => s.hires.map((h) => h.candidatureId)));
  });

  it('draws a single qualifying SIAE whatever the ratio', () => {
    const selection = drawSelection([...hiresOf('seule', 2), ...hiresOf('trop-petite', 1)], 20, 5);
    expect(selection.siae.map((s) => [s.employerId, s.hires.length])).toEqual([['seule', 2]]);
  });
});

describe('the population as the audit of the draw records it', () => {
  it('keeps the candidature ids sorted and their SHA-256, whatever the order they came in', () => {
    const hires = [...hiresOf('b', 2), ...hiresOf('a', 1)];
    const record = populationRecord(hires);
    expect(record.candidatureIds).toEqual(['a-c0000', 'b-c0000', 'b-c0001']);
    // sha256 of "a-c0000\nb-c0000\nb-c0001"
    expect(record.sha256).toBe('f17d0b133cde17d19084464caef3aaabf1225cf963436e30d9790fea1eabbc3c');
    expect(populationRecord([...hires].reverse())).toEqual(record);
    expect(populationRecord(hires.slice(1)).sha256).not.toBe(record.sha256);
  });
});
