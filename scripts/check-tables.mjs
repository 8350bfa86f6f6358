// Each context owns its tables (run by `npm run lint`, so by `npm test`).
// - scripts/conventions/table-owners.json declares, once, the context owning each table and view the migrations create,
//   and the views an owner publishes for the others to read (as pass_iae_validity);
// - every SQL reference (FROM, JOIN, UPDATE, INTO, TRUNCATE, TABLE) and every use of an entity class in libs/<context>/src
//   to a table another context owns is counted, per file and table;
// - today's references are listed in scripts/conventions/known-table-references.json: a new one, or more of one, fails;
//   so does a listed one that is gone or fewer (lower the list: it may only shrink).
// Not scanned: migrations (they build every table), seeds (demo data for every context), libs/testing and *.spec.ts.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from './lib/shell.mjs';

const OWNERS_FILE = 'scripts/conventions/table-owners.json';
const KNOWN_FILE = 'scripts/conventions/known-table-references.json';
const MIGRATIONS = 'libs/database/src/migrations';
const SKIPPED = [/^libs\/database\/src\/migrations\//, /^libs\/database\/src\/seeds\//, /^libs\/testing\//, /\.spec\.ts$/];

function filesUnder(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** The tables and views the migrations create. */
function createdTables() {
  const names = new Set();
  for (const file of filesUnder(MIGRATIONS)) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of text.matchAll(
      /CREATE\s+(?:OR\s+REPLACE\s+)?(?:UNLOGGED\s+|MATERIALIZED\s+)?(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?([a-z_][a-z0-9_]*)/g,
    )) {
      names.add(match[1]);
    }
  }
  return names;
}

/** Context of a file under libs/<context>/src, or null. */
const contextOf = (file) => /^libs\/([^/]+)\/src\//.exec(file)?.[1] ?? null;

export function tableReferences() {
  const declared = JSON.parse(readFileSync(join(root, OWNERS_FILE), 'utf8'));
  const problems = [];
  const owner = new Map();
  for (const [context, tables] of Object.entries(declared.owners)) {
    for (const table of tables) {
      if (owner.has(table)) problems.push(`${table} is declared twice (${owner.get(table)} and ${context}) in ${OWNERS_FILE}`);
      owner.set(table, context);
    }
  }
  const created = createdTables();
  for (const table of created) if (!owner.has(table)) problems.push(`${table} (created by a migration) has no owner in ${OWNERS_FILE}`);
  for (const table of owner.keys()) if (!created.has(table)) problems.push(`${table} is in ${OWNERS_FILE} but no migration creates it`);
  for (const table of Object.keys(declared.published)) if (!owner.has(table)) problems.push(`published ${table} has no owner`);
  const published = new Set(Object.keys(declared.published));

  const files = filesUnder('libs').filter((file) => contextOf(file) && !SKIPPED.some((pattern) => pattern.test(file)));
  // Entity classes: `@Entity('table') … export class Name`, by the library that declares them.
  const entities = new Map();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of text.matchAll(/@Entity\(\s*(?:\{\s*name:\s*)?'([a-z_]+)'[\s\S]*?export\s+class\s+([A-Za-z0-9_]+)/g)) entities.set(match[2], match[1]);
  }

  const counts = new Map();
  const count = (file, table) => counts.set(`${file}\t${table}`, (counts.get(`${file}\t${table}`) ?? 0) + 1);
  for (const file of files) {
    const context = contextOf(file);
    const text = readFileSync(join(root, file), 'utf8');
    const foreign = (table) => owner.has(table) && owner.get(table) !== context && !published.has(table);
    for (const match of text.matchAll(/\b(?:FROM|JOIN|UPDATE|INTO|TRUNCATE|TABLE)\s+(?:ONLY\s+)?([a-z_][a-z0-9_]*)/g)) {
      if (foreign(match[1])) count(file, match[1]);
    }
    // Another context's entity, imported from its library: each use of the class beyond its import reaches its table.
    for (const match of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'@iae\/([a-z-]+)'/g)) {
      for (const name of match[1].split(',').map((part) => part.trim().replace(/^type\s+/, ''))) {
        const table = entities.get(name);
        if (!table || !foreign(table)) continue;
        const uses = [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].length - 1;
        for (let i = 0; i < uses; i++) count(file, table);
      }
    }
  }
  const references = [...counts].map(([key, n]) => {
    const [file, table] = key.split('\t');
    return { file, table, owner: owner.get(table), count: n };
  });
  references.sort((a, b) => a.file.localeCompare(b.file) || a.table.localeCompare(b.table));
  return { references, problems };
}

export function checkTables() {
  const { references, problems } = tableReferences();
  const known = JSON.parse(readFileSync(join(root, KNOWN_FILE), 'utf8')).references;
  const key = (r) => `${r.file} → ${r.table}`;
  const knownByKey = new Map(known.map((r) => [key(r), r]));
  const foundByKey = new Map(references.map((r) => [key(r), r]));
  for (const r of references) {
    const listed = knownByKey.get(key(r));
    if (!listed)
      problems.push(
        `new reference to another context's table: ${key(r)} (owned by ${r.owner}) ×${r.count}; ask through ${r.owner}'s service or a view it publishes`,
      );
    else if (r.count > listed.count) problems.push(`more references than listed: ${key(r)} ×${r.count} (listed ×${listed.count})`);
    else if (r.count < listed.count) problems.push(`fewer references than listed, lower ${KNOWN_FILE}: ${key(r)} ×${r.count} (listed ×${listed.count})`);
  }
  for (const r of known) if (!foundByKey.has(key(r))) problems.push(`gone, remove it from ${KNOWN_FILE}: ${key(r)}`);
  if (problems.length) {
    const error = new Error(`Table ownership (${OWNERS_FILE}):\n  ${problems.join('\n  ')}`);
    error.exitCode = 1;
    throw error;
  }
  const total = references.reduce((sum, r) => sum + r.count, 0);
  return `${total} known reference(s) to another context's tables in ${new Set(references.map((r) => r.file)).size} file(s)`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--shrink')) {
    // After removing references: rewrites the list, provided nothing was added or grew.
    const { references } = tableReferences();
    const known = new Map(JSON.parse(readFileSync(join(root, KNOWN_FILE), 'utf8')).references.map((r) => [`${r.file} → ${r.table}`, r.count]));
    if (references.every((r) => r.count <= (known.get(`${r.file} → ${r.table}`) ?? 0))) {
      writeFileSync(join(root, KNOWN_FILE), `${JSON.stringify({ references }, null, 2)}\n`);
    }
  }
  try {
    console.log(`✔ Tables: ${checkTables()}`);
  } catch (error) {
    console.error(`✖ ${error.message}`);
    process.exit(error.exitCode ?? 1);
  }
}
