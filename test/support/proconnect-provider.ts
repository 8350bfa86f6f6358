import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';

export interface ProviderAccount {
  sub?: string;
  email: string;
  given_name: string;
  usual_name: string;
  siret?: string | null;
  uid?: string;
  idp_id?: string;
}

/**
 * The local ProConnect (scripts/proconnect-dev-provider.mjs: oidc-provider on loopback) as a child process:
 * oidc-provider is ESM-only and wants its own Node process; the tests reach it over HTTP like the API does.
 */
export class LocalProConnect {
  private constructor(
    private readonly child: ChildProcess,
    readonly issuer: string,
    readonly clientId: string,
    readonly clientSecret: string,
  ) {}

  static async start(options: { redirectUri: string; postLogoutRedirectUri: string }): Promise<LocalProConnect> {
    const script = resolve(__dirname, '../../scripts/proconnect-dev-provider.mjs');
    const child = spawn(process.execPath, [script, '--redirect-uri', options.redirectUri, '--post-logout-redirect-uri', options.postLogoutRedirectUri], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const lines = createInterface({ input: child.stdout! });
    // The script prints one JSON line once it listens; an exit before it is a failure to start.
    const first = await Promise.race([
      once(lines, 'line').then(([line]) => line as string),
      once(child, 'exit').then(([code]) => Promise.reject(new Error(`The local provider exited (${code}): ${stderr}`))),
    ]);
    const { issuer, clientId, clientSecret } = JSON.parse(first) as { issuer: string; clientId: string; clientSecret: string };
    return new LocalProConnect(child, issuer, clientId, clientSecret);
  }

  env(redirectUrl: string): Record<string, string> {
    return {
      PROCONNECT_ISSUER: this.issuer,
      PROCONNECT_CLIENT_ID: this.clientId,
      PROCONNECT_CLIENT_SECRET: this.clientSecret,
      PROCONNECT_REDIRECT_URL: redirectUrl,
    };
  }

  async addAccount(account: ProviderAccount): Promise<Required<Pick<ProviderAccount, 'sub'>> & ProviderAccount> {
    const response = await fetch(`${this.issuer}/__test/accounts`, { method: 'POST', body: JSON.stringify(account) });
    return response.json();
  }

  /** What the next token responses do wrong: `bad-signature` (signed with a key the provider never published), `none`. */
  async tamper(mode: 'none' | 'bad-signature' | 'other-audience'): Promise<void> {
    await fetch(`${this.issuer}/__test/tamper`, { method: 'POST', body: JSON.stringify({ mode }) });
  }

  /**
   * Plays the person at the provider: follows the authorization URL, picks the account on the login page, and
   * returns the query ProConnect sends the browser back with (code, state, iss).
   */
  async signIn(authorizationUrl: string, sub: string, redirectUrl: string): Promise<{ code: string; state: string; iss?: string }> {
    const jar = new Map<string, string>();
    let url = authorizationUrl;
    for (let hop = 0; hop < 10; hop++) {
      if (url.startsWith(redirectUrl)) {
        const query = new URL(url).searchParams;
        if (query.get('error')) throw new Error(`The provider answered ${query.get('error')}: ${query.get('error_description')}`);
        return { code: query.get('code')!, state: query.get('state')!, ...(query.get('iss') ? { iss: query.get('iss')! } : {}) };
      }
      const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
      const login = /\/interaction\/[\w-]+$/.test(new URL(url).pathname);
      const response = await fetch(url, {
        method: login ? 'POST' : 'GET',
        redirect: 'manual',
        headers: { cookie, ...(login ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
        ...(login ? { body: new URLSearchParams({ account: sub }).toString() } : {}),
      });
      for (const set of response.headers.getSetCookie()) {
        const [pair] = set.split(';');
        const [name, ...value] = pair!.split('=');
        jar.set(name!.trim(), value.join('='));
      }
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) {
        throw new Error(`The provider answered ${response.status} at ${url}: ${(await response.text()).slice(0, 300)}`);
      }
      url = new URL(location, url).href;
    }
    throw new Error('Too many redirects at the provider');
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    await exited;
  }
}
