// A context's SQL lives in its repositories (run by `npm run lint`, so by `npm test`): issue 13, "a
// `<context>.repository.ts` per context holding its SQL (one method per query, named after the question it answers)".
// - every data access in libs/<context>/src (`.query(`, `getRepository(`, `createQueryBuilder(`, `manager.update(`…) outside a
//   `*.repository.ts` is counted, per file;
// - the places where SQL belongs elsewhere are ALLOWED below, each with why (adapters and the platform's own plumbing);
// - the others still waiting for their move are listed in scripts/conventions/known-sql-outside-repositories.json:
//   a new one, or more of one, fails; so does a listed one that is gone or fewer (lower the list: it may only shrink,
//   `node scripts/check-sql.mjs --shrink` rewrites it when nothing grew).
// Not scanned: migrations, seeds, libs/testing and *.spec.ts.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from './lib/shell.mjs';

const KNOWN_FILE = 'scripts/conventions/known-sql-outside-repositories.json';
const SKIPPED = [/\/migrations\//, /\/seeds\//, /^libs\/testing\//, /\.spec\.ts$/, /\.repository\.ts$/];
// Raw SQL, a repository or a query builder, and the EntityManager's own reads and writes (`manager.update(Entity, …)`).
const DATA_ACCESS =
  /\.query\s*(?:<[^>()]*>)?\s*\(|\bgetRepository\s*\(|\bcreateQueryBuilder\s*\(|\b(?:manager|entityManager|dataSource\.manager)\.(?:find\w*|save|insert|update|delete|remove|count\w*|exists\w*|increment|decrement|upsert|softDelete)\s*\(/g;

/** Where SQL belongs outside a repository, and why. */
const ALLOWED = new Map([
  ['libs/core/src/', "the platform's plumbing, below every context: idempotency keys, scheduled runs, the health check"],
  ['libs/database/src/', 'the data source, the migrations runner and the audit trail that every context writes through'],
  ['libs/search/src/postgres/', 'an adapter: the PostgreSQL search engine, held with Meilisearch to one contract suite'],
  ['libs/metiers/src/import/', "the ROME import: a bulk loader of the referential's files, run by hand"],
  ['libs/notifications/src/outbox-relay.ts', "`LISTEN outbox` on the relay's own connection: a session's command, not a data access"],
]);

function filesUnder(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** The data accesses outside repositories and the allowed places, per file. */
export function sqlOutsideRepositories() {
  const found = [];
  for (const file of filesUnder('libs')) {
    if (!/^libs\/[^/]+\/src\//.test(file) || SKIPPED.some((pattern) => pattern.test(file))) continue;
    if ([...ALLOWED.keys()].some((prefix) => file.startsWith(prefix))) continue;
    const count = [...readFileSync(join(root, file), 'utf8').matchAll(DATA_ACCESS)].length;
    if (count > 0) found.push({ file, count });
  }
  return found.sort((a, b) => a.file.localeCompare(b.file));
}

export function checkSql() {
  const found = sqlOutsideRepositories();
  const known = new Map(JSON.parse(readFileSync(join(root, KNOWN_FILE), 'utf8')).files.map((f) => [f.file, f.count]));
  const problems = [];
  for (const { file, count } of found) {
    const listed = known.get(file);
    if (listed === undefined) problems.push(`SQL outside a repository: ${file} ×${count}; move it into the context's *.repository.ts`);
    else if (count > listed) problems.push(`more SQL outside a repository than listed: ${file} ×${count} (listed ×${listed})`);
    else if (count < listed) problems.push(`less SQL outside a repository than listed, lower ${KNOWN_FILE}: ${file} ×${count} (listed ×${listed})`);
  }
  for (const file of known.keys()) if (!found.some((f) => f.file === file)) problems.push(`gone, remove it from ${KNOWN_FILE}: ${file}`);
  if (problems.length) {
    const error = new Error(`SQL in repositories (${KNOWN_FILE}):\n  ${problems.join('\n  ')}`);
    error.exitCode = 1;
    throw error;
  }
  const total = found.reduce((sum, f) => sum + f.count, 0);
  return `${total} known data access(es) outside repositories in ${found.length} file(s); ${ALLOWED.size} places allowed, with why`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--shrink')) {
    const found = sqlOutsideRepositories();
    const known = new Map(JSON.parse(readFileSync(join(root, KNOWN_FILE), 'utf8')).files.map((f) => [f.file, f.count]));
    if (found.every((f) => f.count <= (known.get(f.file) ?? 0))) writeFileSync(join(root, KNOWN_FILE), `${JSON.stringify({ files: found }, null, 2)}\n`);
  }
  try {
    console.log(`✔ SQL: ${checkSql()}`);
  } catch (error) {
    console.error(`✖ ${error.message}`);
    process.exit(error.exitCode ?? 1);
  }
}
