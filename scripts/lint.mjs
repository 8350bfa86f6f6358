import { root, run, step } from './lib/shell.mjs';

/** The conventions, checked: formatting (Prettier). Run by `npm test`, so by CI. */
export function lint() {
  step('Checking the conventions (prettier)…');
  run(process.execPath, [`${root}/node_modules/prettier/bin/prettier.cjs`, '--check', '--log-level=warn', '.']);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    lint();
  } catch (error) {
    console.error(`✖ ${error.message} — \`npm run format\` rewrites the files in the house style`);
    process.exit(error.exitCode ?? 1);
  }
}
