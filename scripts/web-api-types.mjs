// The web application's typed client: apps/web/src/api/schema.d.ts, generated from the API's OpenAPI document
// (built without a server by dist/apps/api/src/openapi.js). `--check` fails when the committed file is stale.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { root } from './lib/shell.mjs';

export const SCHEMA_FILE = join(root, 'apps/web/src/api/schema.d.ts');
const HEADER = "// Generated from the API's OpenAPI document by `node scripts/web-api-types.mjs`: never edit by hand.\n\n";

/** The TypeScript types of the current API, as the committed file should read. */
export async function generateApiTypes() {
  const result = spawnSync(process.execPath, [join(root, 'dist/apps/api/src/openapi.js')], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`Building the OpenAPI document failed (run the build first):\n${result.stderr}`);
  const document = JSON.parse(result.stdout);
  return HEADER + astToString(await openapiTS(document, { alphabetize: true, defaultNonNullable: false }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const expected = await generateApiTypes();
  if (process.argv.includes('--check')) {
    const current = readFileSync(SCHEMA_FILE, 'utf8');
    if (current !== expected) {
      console.error('✖ apps/web/src/api/schema.d.ts no longer matches the API: run `node scripts/web-api-types.mjs`.');
      process.exit(1);
    }
    console.log('apps/web/src/api/schema.d.ts matches the API.');
  } else {
    writeFileSync(SCHEMA_FILE, expected);
    console.log(`Wrote ${SCHEMA_FILE}`);
  }
}
