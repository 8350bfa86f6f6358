import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { ApiProblem } from './problems';
import { session } from './session-store';

/**
 * The one way the application talks to the API: typed from its OpenAPI document (schema.d.ts, generated),
 * the access token and the organisation added here, an expired token renewed once through the session cookie.
 */
async function sessionFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  const response = await fetch(withSession(input));
  if (response.status !== 401 || !session.accessToken || input.url.includes('/api/auth/')) return response;
  if (!(await session.renew())) return response;
  return fetch(withSession(retry));
}

function withSession(request: Request): Request {
  const headers = new Headers(request.headers);
  if (session.accessToken && !headers.has('authorization')) headers.set('authorization', `Bearer ${session.accessToken}`);
  if (session.organizationId && !headers.has('x-organization-id')) headers.set('x-organization-id', session.organizationId);
  return new Request(request, { headers });
}

export const api = createClient<paths>({ baseUrl: '/', fetch: sessionFetch });

/** A call the typed client does not make (a multipart form, a file to save), with the same session and renewal. */
export function fetchWithSession(path: string, init?: RequestInit): Promise<Response> {
  return sessionFetch(new Request(new URL(path, window.location.origin), init));
}

/** The data of an answer, or its problem thrown (so TanStack Query and forms see one kind of failure). */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiProblem(response.status, error);
  return data as T;
}

export type { paths };
export type Schemas = import('./schema').components['schemas'];

/** The header naming the organisation one acts for (the client adds it to every call; the types want it said). */
export function asOrganization(): { 'X-Organization-Id': string } {
  return { 'X-Organization-Id': session.organizationId ?? '' };
}
