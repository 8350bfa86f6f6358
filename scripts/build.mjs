import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, run, step } from './lib/shell.mjs';

const WEB = join(root, 'apps/web');
const WEB_OUT = join(root, 'dist/web');
const WEB_STAMP = join(WEB_OUT, '.source-hash');
const SERVER_STAMP = join(root, 'dist/.server-source-hash');

function files(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

function hashOf(paths) {
  const hash = createHash('sha256');
  for (const file of paths) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

/** What the web application is built from: its sources and the exact dependencies. */
function webSourceHash() {
  return hashOf([...files(WEB), join(root, 'package-lock.json')]);
}

/** What the API and the worker are built from: apps (but the web application), libs, bench, the compiler's settings, the exact dependencies. */
function serverSourceHash() {
  const sources = ['apps', 'libs', 'bench'].flatMap((dir) => files(join(root, dir))).filter((file) => !file.startsWith(`${WEB}/`));
  return hashOf([...sources, ...['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map((name) => join(root, name))]);
}

function seconds(since) {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

/** Type-checks (strict, its own tsconfig) and builds the web application with Vite, only when its sources changed. */
export function buildWeb({ force = false } = {}) {
  const hash = webSourceHash();
  if (!force && existsSync(WEB_STAMP) && readFileSync(WEB_STAMP, 'utf8') === hash) return;
  const started = performance.now();
  step('Building the web application: type-checking (tsc)…');
  run(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', join(WEB, 'tsconfig.json')]);
  step('Building the web application: bundling (vite)…');
  run(process.execPath, [`${root}/node_modules/vite/bin/vite.js`, 'build', '--config', join(WEB, 'vite.config.ts'), '--logLevel', 'warn']);
  writeFileSync(WEB_STAMP, hash);
  step(`Web application built in ${seconds(started)}`);
}

/** Compiles apps and libs to dist/ (type-checking them), resolves @iae/* aliases, copies e-mail templates and migrations' data files. */
export function build({ force = false } = {}) {
  buildServer({ force });
  buildWeb({ force });
}

/** The API and the worker, only when their sources changed since the last build (or `force`). */
function buildServer({ force }) {
  const hash = serverSourceHash();
  if (!force && existsSync(SERVER_STAMP) && readFileSync(SERVER_STAMP, 'utf8') === hash) {
    step('API and worker up to date (nothing changed since the last build)');
    return;
  }
  const started = performance.now();
  step('Building the API and the worker: compiling and type-checking (tsc, about 30 s from scratch)…');
  run(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', 'tsconfig.build.json']);
  run(process.execPath, [`${root}/node_modules/tsc-alias/dist/bin/index.js`, '-p', 'tsconfig.build.json']);
  for (const lib of readdirSync(join(root, 'libs'))) {
    const templates = join(root, 'libs', lib, 'src', 'templates');
    if (existsSync(templates)) cpSync(templates, join(root, 'dist', 'libs', lib, 'src', 'templates'), { recursive: true });
  }
  // The frozen copies of reference data that migrations read as files (the communes), beside their compiled migrations.
  const migrationData = join('libs', 'database', 'src', 'migrations', 'data');
  for (const name of readdirSync(join(root, migrationData)).filter((file) => !file.endsWith('.ts'))) {
    cpSync(join(root, migrationData, name), join(root, 'dist', migrationData, name));
  }
  writeFileSync(SERVER_STAMP, hash);
  step(`API and worker built in ${seconds(started)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    build({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(error.message);
    process.exit(error.exitCode ?? 1);
  }
}
