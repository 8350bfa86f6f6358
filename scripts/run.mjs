// npm run migrate | seed | job -- <name>: the same preparation as npm start, then one command.
import { build } from './build.mjs';
import { prepareLocal } from './lib/prepare.mjs';
import { run } from './lib/shell.mjs';

const [command, ...args] = process.argv.slice(2);
const entry = {
  migrate: ['dist/libs/database/src/cli.js', 'migrate'],
  seed: ['dist/libs/database/src/cli.js', 'seed'],
  job: ['dist/apps/worker/src/job.js'],
  'import:rome': ['dist/libs/metiers/src/import-rome.js'],
  'search:reindex': ['dist/libs/search/src/reindex.js'],
}[command];
if (!entry) {
  console.error('Usage: node scripts/run.mjs <migrate|seed|job|import:rome|search:reindex> [args]');
  process.exit(64);
}
await prepareLocal();
try {
  build();
  if (command !== 'migrate') run(process.execPath, ['dist/libs/database/src/cli.js', 'migrate']);
  run(process.execPath, [...entry, ...args]);
} catch (error) {
  console.error(`✖ ${error.message}`);
  process.exit(error.exitCode ?? 1);
}
