import { forbidden, notFound } from '../errors/common-problems';

/**
 * What a `rules/<context>-access.ts` answers to "may this actor do this to that?". `hide` answers 404 rather than
 * 403 where telling the refusal would tell that the thing exists.
 */
export type AccessDecision = { allowed: true } | { allowed: false; reason: string; hide?: boolean };

const ALLOWED: AccessDecision = Object.freeze({ allowed: true });

export function allow(): AccessDecision {
  return ALLOWED;
}

export function deny(reason: string, options: { hide?: boolean } = {}): AccessDecision {
  return options.hide ? { allowed: false, reason, hide: true } : { allowed: false, reason };
}

/** The one call at the top of a use case, once its subject is loaded: a 403 (or the 404 that hides) when denied. */
export function requireAccess(decision: AccessDecision): void {
  if (decision.allowed) return;
  throw decision.hide ? notFound(decision.reason) : forbidden(decision.reason);
}
