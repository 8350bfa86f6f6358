import { resetWorkerDatabase } from '@iae/testing';

// Jest reads testTimeout only at the top level of a multi-project configuration: set it here for e2e files.
// A safety net against a hang, not a budget: tests wait on events, and a loaded machine (CI sharing its
// two cores) may take several times longer than an idle one (the 1/100 national seed: 10 s idle, 55 s loaded).
jest.setTimeout(300_000);

// Every test file starts from empty tables (reference data kept) and empty Redis keys.
beforeAll(async () => {
  await resetWorkerDatabase();
});
