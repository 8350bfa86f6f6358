import { isUuid } from './uuid';

describe('isUuid', () => {
  it('accepts UUIDs in either case and refuses anything else', () => {
    expect(isUuid('25f14023-cf8c-4769-83e0-9b658ed2c0b9')).toBe(true);
    expect(isUuid('25F14023-CF8C-4769-83E0-9B658ED2C0B9')).toBe(true);
    for (const bad of [
      '',
      'pas-un-id',
      '25f14023-cf8c-4769-83e0-9b658ed2c0b',
      '25f14023cf8c476983e09b658ed2c0b9',
      ' 25f14023-cf8c-4769-83e0-9b658ed2c0b9',
      null,
      12,
    ]) {
      expect(isUuid(bad)).toBe(false);
    }
  });
});
