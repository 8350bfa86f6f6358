/**
 * The session as the browser holds it: the access token in memory only (never localStorage); the refresh token
 * is an HttpOnly cookie the scripts cannot read, set and rotated by the API on /api/auth.
 */
type Listener = () => void;
const ORGANIZATION_KEY = 'iae.organization';

class SessionStore {
  accessToken: string | null = null;
  organizationId: string | null = readOrganization();
  private listeners = new Set<Listener>();
  private renewing: Promise<boolean> | null = null;

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  setAccessToken(token: string | null): void {
    this.accessToken = token;
    this.emit();
  }

  setOrganization(id: string | null): void {
    this.organizationId = id;
    // Which organisation one acts for is a preference, not a secret.
    if (id) localStorage.setItem(ORGANIZATION_KEY, id);
    else localStorage.removeItem(ORGANIZATION_KEY);
    this.emit();
  }

  /**
   * Exchanges the session cookie for a new access token. Tabs take turns (Web Locks): two tabs presenting the
   * same single-use cookie at once would look like a stolen token and close the session.
   */
  renew(): Promise<boolean> {
    // No session marker (set beside the HttpOnly cookie): nobody signed in here, nothing to renew.
    if (!hasSessionMarker()) {
      if (this.accessToken) this.setAccessToken(null);
      return Promise.resolve(false);
    }
    this.renewing ??= withLock(async () => {
      const response = await fetch('/api/auth/refresh', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
        credentials: 'same-origin',
      });
      if (!response.ok) {
        this.setAccessToken(null);
        return false;
      }
      const body = (await response.json()) as { accessToken: string };
      this.setAccessToken(body.accessToken);
      return true;
    }).finally(() => {
      this.renewing = null;
    });
    return this.renewing;
  }
}

function hasSessionMarker(): boolean {
  return document.cookie.split(';').some((part) => part.trim().startsWith('iae_session=1'));
}

function readOrganization(): string | null {
  try {
    return localStorage.getItem(ORGANIZATION_KEY);
  } catch {
    return null;
  }
}

function withLock<T>(fn: () => Promise<T>): Promise<T> {
  return navigator.locks ? (navigator.locks.request('iae-session-refresh', fn) as Promise<T>) : fn();
}

export const session = new SessionStore();
