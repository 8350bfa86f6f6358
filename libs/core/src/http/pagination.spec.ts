import { Problem } from '../errors/problem';
import { decodeCursor, encodeCursor } from './pagination';

describe('a pagination cursor', () => {
  const cursorOf = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');

  it('gives back the key it was made from', () => {
    expect(decodeCursor(encodeCursor(['Martin', 12, null]), 3)).toEqual(['Martin', 12, null]);
  });

  it('refuses a key holding text the database cannot store (NUL, a lone surrogate), naming the cursor', () => {
    for (const key of [
      ['\u0000', null],
      ['\ud800x', null],
    ]) {
      expect(() => decodeCursor(cursorOf(key), 2)).toThrow(expect.objectContaining({ status: 400 }));
      try {
        decodeCursor(cursorOf(key), 2);
      } catch (error) {
        expect((error as Problem).toBody()).toMatchObject({ errors: [{ field: 'cursor', code: 'invalidCursor' }] });
      }
    }
  });
});
