import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, run, step } from './lib/shell.mjs';

const WEB = join(root, 'apps/web');
const WEB_OUT = join(root, 'dist/web');
const WEB_STAMP = join(WEB_OUT, '.source-hash');

function files(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

/** What the web application is built from: its sources and the exact dependencies. */
function webSourceHash() {
  const hash = createHash('sha256');
  for (const file of [...files(WEB), join(root, 'package-lock.json')]) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

/** Type-checks (strict, its own tsconfig) and builds the web application with Vite, only when its sources changed. */
export function buildWeb({ force = false } = {}) {
  const hash = webSourceHash();
  if (!force && existsSync(WEB_STAMP) && readFileSync(WEB_STAMP, 'utf8') === hash) return;
  step('Building the web application (tsc, vite)…');
  run(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', join(WEB, 'tsconfig.json')]);
  run(process.execPath, [`${root}/node_modules/vite/bin/vite.js`, 'build', '--config', join(WEB, 'vite.config.ts'), '--logLevel', 'warn']);
  writeFileSync(WEB_STAMP, hash);
}

/** Compiles apps and libs to dist/ (type-checking them), resolves @iae/* aliases, copies e-mail templates. */
export function build() {
  step('Building (tsc)…');
  run(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json']);
  run(process.execPath, [`${root}/node_modules/tsc-alias/dist/bin/index.js`, '-p', 'tsconfig.build.json']);
  for (const lib of readdirSync(join(root, 'libs'))) {
    const templates = join(root, 'libs', lib, 'src', 'templates');
    if (existsSync(templates)) cpSync(templates, join(root, 'dist', 'libs', lib, 'src', 'templates'), { recursive: true });
  }
  buildWeb();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    build();
  } catch (error) {
    console.error(error.message);
    process.exit(error.exitCode ?? 1);
  }
}
