import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig, fieldError, forbidden, validationProblem } from '@iae/core';

/**
 * The browser form of a session: the refresh token travels in an HttpOnly cookie scoped to /api/auth, so the
 * page's scripts never hold it. API clients keep the JSON form; a browser asks for the cookie with this header.
 */
export const REFRESH_COOKIE = 'iae_refresh';
export const REFRESH_COOKIE_HEADER = 'x-refresh-cookie';
const COOKIE_PATH = '/api/auth';

export function wantsRefreshCookie(request: FastifyRequest): boolean {
  return request.headers[REFRESH_COOKIE_HEADER] === '1';
}

export function readRefreshCookie(request: FastifyRequest): string | null {
  return readCookie(request, REFRESH_COOKIE);
}

export function readCookie(request: FastifyRequest, name: string): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    const raw = value.join('=');
    try {
      return decodeURIComponent(raw) || null;
    } catch {
      // Not percent-encoded as we write it (`%` alone): no token of ours, answered like an unknown one.
      return raw || null;
    }
  }
  return null;
}

/** A cookie is sent by the browser whoever asks: only pages of our own origin may use it (no cross-site login or refresh). */
export function checkCookieOrigin(request: FastifyRequest, config: AppConfig): void {
  const origin = request.headers.origin;
  if (origin !== new URL(config.http.publicUrl).origin) {
    throw forbidden('Cette session ne s’utilise que depuis les pages de la plateforme (en-tête Origin absent ou différent).');
  }
}

/** A refresh token is always fresh when it is set: it lives as long as the configured session. */
export function setRefreshCookie(reply: FastifyReply, config: AppConfig, token: string): void {
  const maxAge = config.auth.refreshTokenTtlDays * 86_400;
  reply.header('set-cookie', [serialize(config, encodeURIComponent(token), maxAge), marker(config, '1', maxAge)]);
}

export function clearRefreshCookie(reply: FastifyReply, config: AppConfig): void {
  reply.header('set-cookie', [serialize(config, '', 0), marker(config, '', 0)]);
}

/**
 * Readable by the pages, holding no secret: it tells them a session cookie may exist, so that a visitor who never
 * signed in is not sent to /api/auth/refresh on every page (a refused request each time).
 */
export const SESSION_MARKER_COOKIE = 'iae_session';

export function missingRefreshToken(): Error {
  return validationProblem([
    fieldError('refreshToken', 'isNotEmpty', 'Indiquez le jeton de rafraîchissement (dans le corps, ou par le cookie de session du navigateur).'),
  ]);
}

function serialize(config: AppConfig, value: string, maxAge: number): string {
  return [`${REFRESH_COOKIE}=${value}`, `Path=${COOKIE_PATH}`, `Max-Age=${maxAge}`, 'HttpOnly', 'SameSite=Strict', ...secure(config)].join('; ');
}

function marker(config: AppConfig, value: string, maxAge: number): string {
  return [`${SESSION_MARKER_COOKIE}=${value}`, 'Path=/', `Max-Age=${maxAge}`, 'SameSite=Strict', ...secure(config)].join('; ');
}

function secure(config: AppConfig): string[] {
  const { hostname } = new URL(config.http.publicUrl);
  // Browsers refuse Secure cookies over plain HTTP, which a developer's machine serves.
  return ['localhost', '127.0.0.1', '[::1]'].includes(hostname) ? [] : ['Secure'];
}
