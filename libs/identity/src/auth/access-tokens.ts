import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, Clock } from '@iae/core';

interface AccessClaims {
  sub: string;
  typ: 'access';
}

/** Short-lived JWT access tokens (HS256); what they grant is read from the database on each request. */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  get ttlSeconds(): number {
    return this.config.auth.accessTokenTtlSeconds;
  }

  sign(userId: string, now: Date): string {
    const iat = Math.floor(now.getTime() / 1000);
    return this.jwt.sign({ sub: userId, typ: 'access', iat, exp: iat + this.ttlSeconds } satisfies AccessClaims & { iat: number; exp: number });
  }

  /** The user id, or null when the token is malformed, forged or expired. */
  verify(token: string): string | null {
    try {
      const claims = this.jwt.verify<AccessClaims>(token, { algorithms: ['HS256'], clockTimestamp: Math.floor(this.clock.now().getTime() / 1000) });
      return claims.typ === 'access' && typeof claims.sub === 'string' ? claims.sub : null;
    } catch {
      return null;
    }
  }
}
