import { createHash, randomBytes } from 'node:crypto';

/** A secret for a link or a refresh token: 256 random bits, URL-safe. Only its hash is stored. */
export function newSecret(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecret(token) };
}

export function hashSecret(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
