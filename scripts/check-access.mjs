// One way to check access inside services: the route guard (`@Access.*`, identity's access.guard.ts), then one call
// per use case, `requireAccess(<subject>Access(actor, action, subject))`, the rule being a pure function of
// `libs/<context>/src/rules/<context>-access.ts` (docs/architecture.md, "Access"). So a 403 is thrown only by core's
// `requireAccess` and by the guard: a `forbidden(…)` (or `Problems.forbidden`) anywhere else in libs/*/src fails here.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from './lib/shell.mjs';

const LIBS = join(root, 'libs');
const THROWS_FORBIDDEN = /\bforbidden\s*\(|\bProblems\.forbidden\b/;

/** Where a 403 may still be made, and why. */
const ALLOWED = new Map([
  ['libs/core/src/', 'the problem itself, `requireAccess` and the mapping of HTTP statuses'],
  ['libs/identity/src/auth/access.guard.ts', 'the route guard'],
  // Not a use case's question but the request's: the refresh cookie is only honoured from the platform's own pages
  // (a cross-site guard, like the route guard's); kept a 403 `forbidden`, which the web client and the tests read.
  ['libs/identity/src/http/refresh-cookie.ts', 'the Origin check of the refresh cookie'],
]);

/** The context's access rules: its existing `rules/*-access.ts` (candidates: candidate-access.ts), else the one to create. */
function accessRulesOf(lib) {
  const rules = join(LIBS, lib, 'src', 'rules');
  const existing = statSync(rules, { throwIfNoEntry: false }) ? readdirSync(rules).find((name) => /-access\.ts$/.test(name)) : undefined;
  return `libs/${lib}/src/rules/${existing ?? `${lib}-access.ts`}`;
}

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist') return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

export function checkAccess() {
  const problems = [];
  let files = 0;
  for (const lib of readdirSync(LIBS)) {
    const src = join(LIBS, lib, 'src');
    if (!statSync(src, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const file of sourceFiles(src)) {
      const path = relative(root, file);
      if ([...ALLOWED.keys()].some((allowed) => (allowed.endsWith('/') ? path.startsWith(allowed) : path === allowed))) continue;
      files += 1;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, '');
          if (/^\s*\*/.test(code) || !THROWS_FORBIDDEN.test(code)) return;
          problems.push(
            `${path}:${i + 1}: a 403 thrown in a service — add the rule to ${accessRulesOf(lib)} (a pure function returning allow()/deny(reason)) and call requireAccess(…) at the top of the use case`,
          );
        });
    }
  }
  if (problems.length) {
    const error = new Error(`access is checked one way (scripts/check-access.mjs):\n  ${problems.join('\n  ')}`);
    error.exitCode = 1;
    throw error;
  }
  return `no 403 thrown outside requireAccess and the route guard (${files} files of libs/*/src read; ${ALLOWED.size} places allowed, with why)`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(checkAccess());
  } catch (error) {
    console.error(`✖ ${error.message}`);
    process.exit(error.exitCode ?? 1);
  }
}
