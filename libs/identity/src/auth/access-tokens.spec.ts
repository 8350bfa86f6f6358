import { JwtService } from '@nestjs/jwt';
import { createSecretKey, randomUUID } from 'node:crypto';
import { AppConfig, ManualClock } from '@iae/core';
import { AccessTokens } from './access-tokens';

const TTL = 900;

function tokensWith(secret: string, clock: ManualClock): { tokens: AccessTokens; jwt: JwtService } {
  const key = createSecretKey(Buffer.from(secret));
  const jwt = new JwtService({ secretOrKeyProvider: () => key as unknown as string, signOptions: { algorithm: 'HS256' } });
  const config = { auth: { accessTokenTtlSeconds: TTL } } as unknown as AppConfig;
  return { tokens: new AccessTokens(jwt, config, clock), jwt };
}

const SECRET = 'access-tokens-spec-secret-access-tokens-spec-secret';

describe('access tokens', () => {
  const start = new Date('2026-12-06T10:00:00Z');
  const user = randomUUID();
  const session = randomUUID();

  it('verify a token once, then answer from memory until its expiry second, as jsonwebtoken does', () => {
    const clock = new ManualClock(start);
    const { tokens, jwt } = tokensWith(SECRET, clock);
    const verify = jest.spyOn(jwt, 'verify');
    const token = tokens.sign(user, session, start);
    expect(tokens.verify(token)).toEqual({ userId: user, sessionId: session });
    expect(tokens.verify(token)).toEqual({ userId: user, sessionId: session });
    expect(verify).toHaveBeenCalledTimes(1);
    clock.advance((TTL - 1) * 1000);
    expect(tokens.verify(token)).toEqual({ userId: user, sessionId: session });
    clock.advance(1000);
    expect(tokens.verify(token)).toBeNull();
    // A process that never saw the token refuses it at the same second.
    expect(tokensWith(SECRET, clock).tokens.verify(token)).toBeNull();
  });

  it('refuse a token altered or signed with another secret, whatever they verified before', () => {
    const clock = new ManualClock(start);
    const { tokens } = tokensWith(SECRET, clock);
    const token = tokens.sign(user, session, start);
    expect(tokens.verify(token)).not.toBeNull();
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const altered = Buffer.from(JSON.stringify({ ...claims, sub: randomUUID() })).toString('base64url');
    expect(tokens.verify(`${header}.${altered}.${signature}`)).toBeNull();
    expect(tokens.verify(`${token}x`)).toBeNull();
    const forged = tokensWith('another-secret-another-secret-another-secret-0000', clock).tokens.sign(user, session, start);
    expect(tokens.verify(forged)).toBeNull();
  });

  it('keep a bounded number of tokens, forgetting the oldest first', () => {
    const clock = new ManualClock(start);
    const { tokens, jwt } = tokensWith(SECRET, clock);
    const first = tokens.sign(user, session, start);
    tokens.verify(first);
    for (let i = 0; i < 10_000; i++) tokens.verify(tokens.sign(randomUUID(), session, start));
    const verify = jest.spyOn(jwt, 'verify');
    // Forgotten, so verified again (and still valid).
    expect(tokens.verify(first)).toEqual({ userId: user, sessionId: session });
    expect(verify).toHaveBeenCalledTimes(1);
  });
});
