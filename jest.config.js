/**
 * Unit tests sit next to the code (*.spec.ts); end-to-end tests in test/e2e (*.e2e-spec.ts); the abuse suite
 * (an attacker's and a careless client's requests, generated from the OpenAPI document) in test/abuse (*.abuse-spec.ts);
 * the fault suite in test/faults (*.fault-spec.ts); journeys in a real browser in test/browser (*.browser-spec.ts).
 */
const moduleNameMapper = { '^@iae/([a-z-]+)$': '<rootDir>/libs/$1/src' };
// A few dependencies ship only as ES modules, which Jest cannot require: compile them too.
const ESM_ONLY = ['content-disposition', 'meilisearch', 'openid-client', 'oauth4webapi', 'jose'];
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
  [`/node_modules/(${ESM_ONLY.join('|')})/.+\\.m?js$`]: [
    'ts-jest',
    { tsconfig: { allowJs: true, module: 'commonjs', isolatedModules: true }, diagnostics: false },
  ],
};
const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleNameMapper,
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
};

module.exports = {
  globalSetup: '<rootDir>/test/global-setup.js',
  globalTeardown: '<rootDir>/test/global-teardown.js',
  maxWorkers: 2,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      setupFiles: ['<rootDir>/test/e2e-env.js'],
      setupFilesAfterEnv: ['<rootDir>/test/e2e-setup.ts'],
    },
    // Its own PostgreSQL and Redis, the built API and worker as processes: see test/faults/stack.ts.
    { ...common, displayName: 'faults', testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'] },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      setupFiles: ['<rootDir>/test/e2e-env.js'],
      setupFilesAfterEnv: ['<rootDir>/test/e2e-setup.ts', '<rootDir>/test/browser/browser-setup.ts'],
    },
    {
      ...common,
      displayName: 'abuse',
      testMatch: ['<rootDir>/test/abuse/**/*.abuse-spec.ts'],
      setupFiles: ['<rootDir>/test/e2e-env.js'],
      setupFilesAfterEnv: ['<rootDir>/test/e2e-setup.ts'],
    },
  ],
};
