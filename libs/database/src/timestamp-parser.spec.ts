import { types } from 'pg';
import { parseTimestamptz, typeParsers } from './timestamp-parser';

const pgParse = types.getTypeParser(1184, 'text') as (text: string) => unknown;
const same = (text: string) => {
  const ours = parseTimestamptz(text);
  const theirs = pgParse(text);
  return { text, ours: ours instanceof Date ? ours.getTime() : ours, theirs: theirs instanceof Date ? theirs.getTime() : theirs };
};

describe('parseTimestamptz', () => {
  it('reads what PostgreSQL writes exactly as pg does, whatever the fraction and the offset', () => {
    const texts: string[] = [];
    const offsets = ['+00', '+01', '+02', '-03', '+05:30', '-09:30', '+05:45:15', '-00:25:21', '+14'];
    const fractions = ['', '.4', '.43', '.436', '.4361', '.43612', '.436123', '.999999', '.000001', '.001', '.29', '.57', '.07'];
    for (const offset of offsets) for (const fraction of fractions) texts.push(`2026-12-06 13:32:20${fraction}${offset}`);
    // Every millisecond, the ends of months and years, leap days, the change to and from summer time in Paris.
    for (let ms = 0; ms < 1000; ms++) texts.push(`2026-03-29 01:59:59.${String(ms).padStart(3, '0')}+01`);
    texts.push('2024-02-29 23:59:59.999999+01', '2026-10-25 02:30:00+02', '2026-10-25 02:30:00+01', '1999-12-31 23:59:59+01', '1000-01-01 00:00:00+00');
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 5000; i++) {
      const d = new Date(Date.UTC(1900, 0, 1) + random() * 250 * 365.25 * 86_400_000);
      const pad = (n: number, w = 2) => String(n).padStart(w, '0');
      const micro = pad(Math.floor(random() * 1_000_000), 6).slice(0, 1 + Math.floor(random() * 6));
      texts.push(
        `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${random() < 0.1 ? '' : `.${micro}`}${offsets[i % offsets.length]}`,
      );
    }
    const different = texts.map(same).filter((r) => r.ours !== r.theirs);
    expect(different).toEqual([]);
    expect(texts.length).toBeGreaterThan(6000);
  });

  it('leaves what it does not read to pg: infinity, BC, years before 1000, malformed text', () => {
    for (const text of [
      'infinity',
      '-infinity',
      '2026-12-06 13:32:20+01 BC',
      '0050-06-01 12:00:00+00',
      '0999-06-01 12:00:00+00',
      '2026-12-06 13:32:20',
      '2026-12-06T13:32:20Z',
      '2026-12-06 13:32:20.+01',
      '2026-12-06 13:32:20+1',
      '2026-12-06 13:32:20+01:',
      '2026-12-06 13:32:20+01:3',
      '2026-12-06 13:32:20+01x',
      '12026-12-06 13:32:20+01',
    ]) {
      const r = same(text);
      expect({ text, value: r.ours }).toEqual({ text, value: r.theirs });
    }
  });

  it('is the parser of timestamptz text only; every other type is pg’s', () => {
    expect(typeParsers.getTypeParser(1184, 'text')).toBe(parseTimestamptz);
    expect(typeParsers.getTypeParser(1184, 'binary')).toBe(types.getTypeParser(1184, 'binary'));
    expect(typeParsers.getTypeParser(1114, 'text')).toBe(types.getTypeParser(1114, 'text'));
    expect(typeParsers.getTypeParser(1082)).toBe(types.getTypeParser(1082));
  });
});
