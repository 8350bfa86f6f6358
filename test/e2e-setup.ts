import { resetWorkerDatabase } from '@iae/testing';

// Every test file starts from empty tables (reference data kept) and empty Redis keys.
beforeAll(async () => {
  await resetWorkerDatabase();
});
