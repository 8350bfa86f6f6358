import { jsonShapeViolation } from './json-shape';

const nested = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const limits = { maxDepth: 3, maxValues: 5 };

describe('JSON bodies too complex to be worth parsing', () => {
  it('accepts what nests up to the limit, refuses one level more', () => {
    expect(jsonShapeViolation(nested(3), limits)).toBeNull();
    expect(jsonShapeViolation(nested(4), limits)).toEqual({ rule: 'maxDepth', limit: 3 });
    expect(jsonShapeViolation('[[[[]]]]', limits)).toEqual({ rule: 'maxDepth', limit: 3 });
  });

  it('counts values: brackets and separators', () => {
    expect(jsonShapeViolation('[1,2,3,4,5]', limits)).toBeNull(); // one array and four separators
    expect(jsonShapeViolation('[1,2,3,4,5,6]', limits)).toEqual({ rule: 'maxValues', limit: 5 });
  });

  it('ignores brackets, commas and escaped quotes inside strings', () => {
    expect(jsonShapeViolation('{"a":"[[[[{{{{,,,,,,,,"}', limits)).toBeNull();
    expect(jsonShapeViolation('{"a":"\\"[[[[[[\\\\"}', limits)).toBeNull();
  });

  it('sees the default limits through a realistic body', () => {
    expect(jsonShapeViolation(JSON.stringify({ email: 'camille@exemple.fr', password: 'x'.repeat(500), tags: ['a', 'b'] }))).toBeNull();
    expect(jsonShapeViolation(nested(3_000))?.rule).toBe('maxDepth');
    expect(jsonShapeViolation(`[${'0,'.repeat(40_000)}0]`)?.rule).toBe('maxValues');
  });
});
