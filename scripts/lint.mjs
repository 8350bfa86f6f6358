import { checkAccess } from './check-access.mjs';
import { checkDependencies } from './check-dependencies.mjs';
import { checkSql } from './check-sql.mjs';
import { checkSurfaces } from './check-surfaces.mjs';
import { checkTables } from './check-tables.mjs';
import { root, run, step } from './lib/shell.mjs';

/**
 * The conventions, checked (run by `npm test`, so by CI): formatting (Prettier), the walls between contexts
 * (each table's owner, SQL in repositories, each library's named surface, a 403 only through requireAccess or the route guard, dependency-cruiser's rules and no cycle between libraries), then ESLint
 * with typescript-eslint.
 */
export function lint() {
  step('Checking the conventions: formatting (prettier)…');
  try {
    run(process.execPath, [`${root}/node_modules/prettier/bin/prettier.cjs`, '--check', '--log-level=warn', '.']);
  } catch (error) {
    error.message += ' — `npm run format` rewrites the files in the house style';
    throw error;
  }
  step('Checking the conventions: who owns which table (scripts/check-tables.mjs)…');
  console.log(`  ${checkTables()}`);
  step("Checking the conventions: a context's SQL in its repositories (scripts/check-sql.mjs)…");
  console.log(`  ${checkSql()}`);
  step('Checking the conventions: each library names what it offers in its index.ts (scripts/check-surfaces.mjs)…');
  console.log(`  ${checkSurfaces()}`);
  step('Checking the conventions: access checked one way, the route guard then requireAccess (scripts/check-access.mjs)…');
  console.log(`  ${checkAccess()}`);
  step('Checking the conventions: dependencies between libraries (dependency-cruiser)…');
  console.log(`  ${checkDependencies()}`);
  step('Checking the conventions: eslint (about a minute: it reads the types)…');
  run(process.execPath, [`${root}/node_modules/eslint/bin/eslint.js`, '--max-warnings=0', '.']);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    lint();
  } catch (error) {
    console.error(`✖ ${error.message}`);
    process.exit(error.exitCode ?? 1);
  }
}
