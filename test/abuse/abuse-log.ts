import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Where an abuse test file's server writes its log (at level debug, as production would write it):
 * one file per test file and run, read by the file's own checks and by the whole-suite check.
 */
export function abuseLogFile(name: string): string {
  const dir = resolve(__dirname, '../../var/test-logs', `${process.env.IAE_TEST_RUN_ID}-abuse`);
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `${name}.log`);
  rmSync(file, { force: true });
  return file;
}
