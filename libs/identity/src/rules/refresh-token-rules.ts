export type RefreshVerdict = 'valid' | 'expired' | 'reused' | 'revoked';

/**
 * A refresh token is used once: using it again means someone else holds a copy,
 * so the whole family (every token descended from that login) is revoked.
 */
export function refreshVerdict(token: { expiresAt: Date; revokedAt: Date | null; revokedReason: string | null }, now: Date): RefreshVerdict {
  if (token.revokedAt) return token.revokedReason === 'rotated' ? 'reused' : 'revoked';
  if (now.getTime() >= token.expiresAt.getTime()) return 'expired';
  return 'valid';
}
