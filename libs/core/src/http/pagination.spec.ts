import { Problem } from '../errors/problem';
import { CursorPart, decodeCursor, encodeCursor } from './pagination';

describe('a pagination cursor', () => {
  const cursorOf = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
  const ID = '3f1c6f8e-2b7a-4c1e-9d3f-5a6b7c8d9e0f';

  function expectRefused(key: unknown[], parts: CursorPart[]) {
    let refused: unknown;
    try {
      decodeCursor(cursorOf(key), parts);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(Problem);
    expect((refused as Problem).toBody()).toMatchObject({ status: 400, errors: [{ field: 'cursor', code: 'invalidCursor' }] });
  }

  it('gives back the key it was made from', () => {
    expect(decodeCursor(encodeCursor(['Martin', ID]), ['text', 'uuid'])).toEqual(['Martin', ID]);
    expect(decodeCursor(encodeCursor([null, ID]), ['text', 'uuid'])).toEqual([null, ID]);
    expect(decodeCursor(encodeCursor([40]), ['offset'])).toEqual([40]);
    // The forms we write: toISOString(), and PostgreSQL's text of a timestamptz (microseconds kept).
    for (const at of ['2026-12-08T10:15:00.123Z', '2026-12-08 10:15:00.123456+00', '2024-02-29 23:59:59+01:00']) {
      expect(decodeCursor(encodeCursor([at, ID]), ['timestamp', 'uuid'])).toEqual([at, ID]);
    }
  });

  it('refuses a key holding text the database cannot store (NUL, a lone surrogate), naming the cursor', () => {
    expectRefused(['\u0000', ID], ['text', 'uuid']);
    expectRefused(['\ud800x', ID], ['text', 'uuid']);
  });

  it('refuses a key whose positions do not hold what the query compares them with (the database would be the first to object)', () => {
    expectRefused(['x', 'x'], ['text', 'uuid']);
    expectRefused(['x', ID], ['timestamp', 'uuid']);
    expectRefused(['2026-02-30 10:00:00+00', ID], ['timestamp', 'uuid']);
    expectRefused(['2026-13-01T00:00:00Z', ID], ['timestamp', 'uuid']);
    expectRefused(['2026-12-08T24:00:00Z', ID], ['timestamp', 'uuid']);
    expectRefused(['2026-12-08', ID], ['timestamp', 'uuid']);
    expectRefused([12, ID], ['text', 'uuid']);
    expectRefused([-1], ['offset']);
    expectRefused([1.5], ['offset']);
    expectRefused(['3'], ['offset']);
    expectRefused([ID], ['text', 'uuid']);
  });

  it('refuses what is not a key at all', () => {
    for (const cursor of ['%%%', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('not json').toString('base64url')]) {
      expect(() => decodeCursor(cursor, ['offset'])).toThrow(Problem);
    }
  });
});
