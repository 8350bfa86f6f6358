import { resetWorkerDatabase } from '@iae/testing';

// Jest reads testTimeout only at the top level of a multi-project configuration: set it here for e2e files.
jest.setTimeout(30_000);

// Every test file starts from empty tables (reference data kept) and empty Redis keys.
beforeAll(async () => {
  await resetWorkerDatabase();
});
