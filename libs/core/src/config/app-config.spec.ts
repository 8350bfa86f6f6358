import { ConfigError, loadConfig } from './app-config';

const SECRET = 'x'.repeat(40);

describe('configuration, checked at boot', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({ JWT_SECRET: SECRET });
    expect(config.env).toBe('development');
    expect(config.http.port).toBe(3000);
    expect(config.http.publicUrl).toBe('http://localhost:3000');
    expect(config.database.url).toBe('postgres://postgres@127.0.0.1:5432/iae');
    expect(config.redis.url).toBe('redis://127.0.0.1:6379');
    expect(config.mail.smtpUrl).toBeNull();
    expect(config.auth.accessTokenTtlSeconds).toBe(900);
  });

  it('names a missing variable', () => {
    expect(() => loadConfig({})).toThrow(/JWT_SECRET is missing/);
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({ JWT_SECRET: 'short', PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_URL: 'not a url', LOG_LEVEL: 'loud' });
      throw new Error('should have failed');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/JWT_SECRET must be at least 32/);
      expect(problems).toMatch(/PORT must be an integer/);
      expect(problems).toMatch(/DATABASE_URL must use postgres/);
      expect(problems).toMatch(/SMTP_URL must be a URL/);
      expect(problems).toMatch(/LOG_LEVEL must be one of/);
    }
  });

  it('refuses numbers out of range and never prints a password', () => {
    expect(() => loadConfig({ JWT_SECRET: SECRET, PORT: '70000' })).toThrow(/PORT must be between 0 and 65535/);
    const bad = () => loadConfig({ JWT_SECRET: SECRET, DATABASE_URL: 'postgres://u:hunter2@[bad' });
    expect(bad).toThrow(/DATABASE_URL must be a URL \(got "postgres:\/\/\*\*\*@\[bad"\)/);
    expect(bad).not.toThrow(/hunter2/);
    // A password alone, holding the characters that break the URL.
    for (const url of ['redis://:Xy7/k9Qz@redis:6379', 'redis://:s3cret@[bad', 'redis://default:a/b@c@[bad']) {
      const message = (() => {
        try {
          loadConfig({ JWT_SECRET: SECRET, REDIS_URL: url });
        } catch (error) {
          return (error as Error).message;
        }
        return '';
      })();
      expect(message).toMatch(/REDIS_URL must be a URL \(got "redis:\/\/\*\*\*@/);
      expect(message).not.toMatch(/Xy7|k9Qz|s3cret|a\/b/);
    }
  });

  it('reads the recovery settings and the cron overrides of scheduled jobs', () => {
    const config = loadConfig({
      JWT_SECRET: SECRET,
      SCHEDULE_CRON_OVERRIDES: 'identity.purge-expired-tokens=*/2 * * * * *; candidatures.auto-refusal=*/10 * * * *',
    });
    expect(config.queue.cronOverrides).toEqual({ 'identity.purge-expired-tokens': '*/2 * * * * *', 'candidatures.auto-refusal': '*/10 * * * *' });
    expect(config.mail).toMatchObject({ requeueAfterMs: 120_000, sweepIntervalMs: 30_000, sendLeaseMs: 120_000 });
    expect(config.queue.schedulesCheckIntervalMs).toBe(30_000);
    expect(() => loadConfig({ JWT_SECRET: SECRET, SCHEDULE_CRON_OVERRIDES: 'identity.purge-expired-tokens' })).toThrow(
      /SCHEDULE_CRON_OVERRIDES must be "name=cron;…"/,
    );
    expect(() => loadConfig({ JWT_SECRET: SECRET, SCHEDULE_CRON_OVERRIDES: 'x=rm -rf' })).toThrow(/SCHEDULE_CRON_OVERRIDES/);
  });

  it('strips the trailing slash of the public URL', () => {
    expect(loadConfig({ JWT_SECRET: SECRET, PUBLIC_URL: 'https://emplois.example/' }).http.publicUrl).toBe('https://emplois.example');
  });

  it('numbers PASS IAE with a 5-character prefix, 99999 by default', () => {
    expect(loadConfig({ JWT_SECRET: SECRET }).passIae.numberPrefix).toBe('99999');
    expect(loadConfig({ JWT_SECRET: SECRET, PASS_IAE_PREFIX: 'XXXXX' }).passIae.numberPrefix).toBe('XXXXX');
    for (const bad of ['9999', '999999', 'abcde', '99-99']) {
      expect(() => loadConfig({ JWT_SECRET: SECRET, PASS_IAE_PREFIX: bad })).toThrow(/PASS_IAE_PREFIX must be 5 digits or capital letters/);
    }
  });

  it('asks for the Meilisearch address and key only when that engine is chosen', () => {
    expect(loadConfig({ JWT_SECRET: SECRET }).search.engine).toBe('postgres');
    expect(() => loadConfig({ JWT_SECRET: SECRET, SEARCH_ENGINE: 'meilisearch' })).toThrow(/MEILI_HOST is missing[\s\S]*MEILI_API_KEY is missing/);
    const meili = loadConfig({ JWT_SECRET: SECRET, SEARCH_ENGINE: 'meilisearch', MEILI_HOST: 'http://127.0.0.1:7700', MEILI_API_KEY: 'k' });
    expect(meili.search).toMatchObject({ engine: 'meilisearch', meiliHost: 'http://127.0.0.1:7700' });
  });

  it('offers ProConnect only when its four variables are given, and names the missing ones', () => {
    expect(loadConfig({ JWT_SECRET: SECRET }).proconnect).toBeNull();
    const pc = {
      PROCONNECT_ISSUER: 'https://auth.agentconnect.gouv.fr/api/v2/',
      PROCONNECT_CLIENT_ID: 'client',
      PROCONNECT_CLIENT_SECRET: 'secret',
      PROCONNECT_REDIRECT_URL: 'https://emplois.example/connexion/proconnect',
    };
    expect(loadConfig({ JWT_SECRET: SECRET, PUBLIC_URL: 'https://emplois.example', ...pc }).proconnect).toEqual({
      issuer: 'https://auth.agentconnect.gouv.fr/api/v2',
      clientId: 'client',
      clientSecret: 'secret',
      redirectUrl: 'https://emplois.example/connexion/proconnect',
      postLogoutRedirectUrl: 'https://emplois.example/connexion',
    });
    expect(() => loadConfig({ JWT_SECRET: SECRET, PROCONNECT_ISSUER: pc.PROCONNECT_ISSUER, PROCONNECT_CLIENT_ID: 'client' })).toThrow(
      /PROCONNECT_CLIENT_SECRET, PROCONNECT_REDIRECT_URL missing: ProConnect needs all of/,
    );
    expect(() => loadConfig({ JWT_SECRET: SECRET, ...pc, PROCONNECT_ISSUER: 'http://auth.example' })).toThrow(/PROCONNECT_ISSUER must use https/);
    expect(loadConfig({ JWT_SECRET: SECRET, ...pc, PROCONNECT_ISSUER: 'http://127.0.0.1:4100' }).proconnect?.issuer).toBe('http://127.0.0.1:4100');
    expect(() => loadConfig({ JWT_SECRET: SECRET, ...pc, PROCONNECT_REDIRECT_URL: 'nowhere' })).toThrow(/PROCONNECT_REDIRECT_URL must be a URL/);
  });
});
