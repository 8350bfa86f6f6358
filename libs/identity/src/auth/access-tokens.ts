import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, Clock, isUuid } from '@iae/core';

interface AccessClaims {
  sub: string;
  /** The session the token belongs to: revoking it refuses the token at once. */
  sid: string;
  typ: 'access';
  iat: number;
  exp: number;
}

/** Tokens verified lately, kept so that a client's next requests skip the signature check; the oldest go first. */
const VERIFIED_KEPT = 10_000;

/** Short-lived JWT access tokens (HS256); what they grant, and whether their session still lives, is read from the database on each request. */
@Injectable()
export class AccessTokens {
  /**
   * A token's text verified once verifies the same way until it expires (signature and claims are in the text): only
   * its expiry is checked again. Whether its session is still open is not kept here: the guard reads it on each request.
   */
  private readonly verified = new Map<string, { userId: string; sessionId: string; exp: number }>();

  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  get ttlSeconds(): number {
    return this.config.auth.accessTokenTtlSeconds;
  }

  sign(userId: string, sessionId: string, now: Date): string {
    const iat = Math.floor(now.getTime() / 1000);
    return this.jwt.sign({ sub: userId, sid: sessionId, typ: 'access', iat, exp: iat + this.ttlSeconds } satisfies AccessClaims);
  }

  /** The user and session, or null when the token is malformed, forged, expired, or lacks a claim we always write. */
  verify(token: string): { userId: string; sessionId: string } | null {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const known = this.verified.get(token);
    // jsonwebtoken's own rule: expired from the second `exp` on.
    if (known) return now < known.exp ? { userId: known.userId, sessionId: known.sessionId } : null;
    try {
      const claims = this.jwt.verify<Partial<AccessClaims>>(token, { algorithms: ['HS256'], clockTimestamp: now });
      // jsonwebtoken accepts a token without `exp` as valid forever: ours always carry one.
      if (claims.typ !== 'access' || typeof claims.exp !== 'number' || typeof claims.sub !== 'string' || !isUuid(claims.sub)) return null;
      if (typeof claims.sid !== 'string' || !isUuid(claims.sid)) return null;
      if (this.verified.size >= VERIFIED_KEPT) this.verified.delete(this.verified.keys().next().value!);
      this.verified.set(token, { userId: claims.sub, sessionId: claims.sid, exp: claims.exp });
      return { userId: claims.sub, sessionId: claims.sid };
    } catch {
      return null;
    }
  }
}
