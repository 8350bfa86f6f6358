import { refreshVerdict } from './refresh-token-rules';

describe('refresh token rotation', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const fresh = { expiresAt: new Date('2026-12-23T12:00:00Z'), revokedAt: null, revokedReason: null };

  it('accepts an unused, unexpired token', () => expect(refreshVerdict(fresh, now)).toBe('valid'));
  it('treats a second use of a rotated token as theft', () =>
    expect(refreshVerdict({ ...fresh, revokedAt: now, revokedReason: 'rotated' }, now)).toBe('reused'));
  it('refuses a token revoked at logout', () => expect(refreshVerdict({ ...fresh, revokedAt: now, revokedReason: 'logout' }, now)).toBe('revoked'));
  it('refuses a token at its expiry instant', () => expect(refreshVerdict({ ...fresh, expiresAt: now }, now)).toBe('expired'));
});
