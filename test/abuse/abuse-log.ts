import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TEST_PASSWORD } from '@iae/testing';

/** This run's folder of abuse logs and figures (removed by the global teardown, after it prints the figures). */
export function abuseDir(): string {
  const dir = resolve(__dirname, '../../var/test-logs', `${process.env.IAE_TEST_RUN_ID}-abuse`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Where an abuse test file's server writes its log (at level debug, as production would write it):
 * one file per test file and run, read by the file's own check that no secret reached it.
 */
export function abuseLogFile(name: string): string {
  const file = resolve(abuseDir(), `${name}.log`);
  rmSync(file, { force: true });
  return file;
}

/** The figures of one abuse test file, printed with the others at the end of the run. */
export function recordFigures(name: string, figures: Record<string, unknown>): void {
  const file = resolve(abuseDir(), `figures.${name}.json`);
  let previous: Record<string, unknown> = {};
  try {
    previous = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // first figures of this file
  }
  writeFileSync(file, JSON.stringify({ ...previous, ...figures }, null, 2));
}

/** The secrets and personal data a test file sent or received, looked for in its server's log. */
export class SecretLedger {
  private readonly secrets = new Set<string>();

  add(value: unknown): void {
    if (typeof value !== 'string') return;
    const trimmed = value.trim();
    // Too short or too repetitive to mean anything (fuzz values such as 'x' × 50,000) is not a secret.
    if (trimmed.length < 6 || new Set(trimmed).size < 4 || trimmed.length > 2_000) return;
    this.secrets.add(trimmed);
  }

  /** Every value of a sensitive field, wherever it sits in a JSON document. */
  addFrom(document: unknown, depth = 0): void {
    if (!document || typeof document !== 'object' || depth > 5) return;
    for (const [key, value] of Object.entries(document)) {
      if (SENSITIVE_FIELD.test(key)) this.add(value);
      else if (typeof value === 'object') this.addFrom(value, depth + 1);
    }
  }

  merge(other: SecretLedger): void {
    for (const secret of other.secrets) this.secrets.add(secret);
  }

  get size(): number {
    return this.secrets.size;
  }

  /** The secrets found in the log, with the line each first appears on. */
  findIn(log: string): Array<{ secret: string; line: string }> {
    const lines = log.split('\n');
    const found: Array<{ secret: string; line: string }> = [];
    for (const secret of this.secrets) {
      const forms = [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)];
      const line = lines.find((l) => forms.some((form) => l.includes(form)));
      if (line) found.push({ secret, line: line.slice(0, 300) });
    }
    return found;
  }
}

const SENSITIVE_FIELD =
  /^(nir|currentNir|requestedNir|email|recipient|password|newPassword|currentPassword|token|accessToken|refreshToken|invitationToken|firstName|lastName|birthName|birthDate|phone)$/;

/**
 * The personal data and secrets a test file's server held at the end: every address, NIR, name and
 * birth date in its database, the test password and what the file adds (tokens it received).
 */
export async function databaseLedger(
  dataSource: { query: (sql: string) => Promise<Array<Record<string, string | null>>> },
  extras: string[] = [],
): Promise<SecretLedger> {
  const ledger = new SecretLedger();
  const rows = [
    ...(await dataSource.query(`SELECT email, first_name AS "firstName", last_name AS "lastName" FROM users`)),
    ...(await dataSource.query(`SELECT email, nir, first_name AS "firstName", last_name AS "lastName", birth_date::text AS "birthDate" FROM candidates`)),
    ...(await dataSource.query(`SELECT email FROM invitations`)),
    ...(await dataSource.query(`SELECT requested_nir AS nir FROM nir_correction_requests`)),
  ];
  for (const row of rows) ledger.addFrom(row);
  for (const extra of [TEST_PASSWORD, ...extras]) ledger.add(extra);
  return ledger;
}

/** Fails naming each secret of the ledger found in the log; returns the figures of the check. */
export function expectLogFree(logFile: string, ledger: SecretLedger): { secretsChecked: number; logLines: number; secretsFound: number } {
  const log = readFileSync(logFile, 'utf8');
  const found = ledger.findIn(log);
  const figures = { secretsChecked: ledger.size, logLines: log.split('\n').length - 1, secretsFound: found.length };
  expect(figures.logLines).toBeGreaterThan(0);
  expect(found.slice(0, 10)).toEqual([]);
  return figures;
}
