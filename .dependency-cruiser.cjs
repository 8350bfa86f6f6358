// The walls between the parts of the code, checked by scripts/check-dependencies.mjs (run by `npm run lint`, so by `npm test`).
// Cycles between libraries are checked there too (dependency-cruiser sees modules; a cycle of libraries can pass through
// modules that form no cycle). Today's violations are listed in .dependency-cruiser-known-violations.json: that list may only shrink.

/** Frameworks and drivers: what a pure rule never needs. */
const FRAMEWORKS = [
  '@nestjs',
  '@fastify',
  'fastify',
  'typeorm',
  'pg',
  'ioredis',
  'bullmq',
  'meilisearch',
  'nodemailer',
  'handlebars',
  'argon2',
  'class-validator',
  'class-transformer',
  'pino',
  'nestjs-pino',
  'rxjs',
];
/** Node's modules that reach outside the process. */
const IO = ['fs', 'fs/promises', 'net', 'http', 'https', 'http2', 'tls', 'dgram', 'dns', 'child_process', 'cluster', 'worker_threads', 'readline'];

module.exports = {
  forbidden: [
    {
      name: 'rules-are-pure',
      comment: 'libs/*/src/rules/** hold the law as plain functions: no framework, no driver, no I/O (see docs/architecture.md).',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/rules/' },
      to: { path: [`^node_modules/(${FRAMEWORKS.join('|')})(/|$)`, `^(node:)?(${IO.join('|')})$`] },
    },
    {
      name: 'migrations-are-frozen',
      comment: 'A migration must never change when the code does: it carries its own copy of the reference data it inserts and imports no library.',
      severity: 'error',
      from: { path: '^libs/database/src/migrations/' },
      to: { path: '^libs/', pathNot: '^libs/database/src/migrations/' },
    },
    {
      name: 'library-through-its-index',
      comment: 'Another library is reached through its index.ts only (its public surface), never a file inside it.',
      severity: 'error',
      from: { path: '^(libs/([^/]+)|apps)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: ['^libs/$2/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'library-through-its-alias',
      comment: 'Another library is imported as @iae/<name>, never by a relative path that climbs out of the library.',
      severity: 'error',
      from: { path: '^(libs/([^/]+)|apps)/' },
      to: { path: '^libs/[^/]+/src/index\\.ts$', pathNot: '^libs/$2/', dependencyTypesNot: ['aliased-tsconfig-paths'] },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)dist/', '^apps/web/', '^var/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    skipAnalysisNotInRules: false,
  },
};
