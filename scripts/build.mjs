import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, run, step } from './lib/shell.mjs';

/** Compiles apps and libs to dist/ (type-checking them), resolves @iae/* aliases, copies e-mail templates. */
export function build() {
  step('Building (tsc)…');
  run(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json']);
  run(process.execPath, [`${root}/node_modules/tsc-alias/dist/bin/index.js`, '-p', 'tsconfig.build.json']);
  for (const lib of readdirSync(join(root, 'libs'))) {
    const templates = join(root, 'libs', lib, 'src', 'templates');
    if (existsSync(templates)) cpSync(templates, join(root, 'dist', 'libs', lib, 'src', 'templates'), { recursive: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    build();
  } catch (error) {
    console.error(error.message);
    process.exit(error.exitCode ?? 1);
  }
}
