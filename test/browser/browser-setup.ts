// A journey drives a real browser against the real stack: minutes, not seconds, on two busy cores.
jest.setTimeout(180_000);

if (process.env.IAE_BROWSER_SKIP) {
  console.warn(`Browser journeys skipped: ${process.env.IAE_BROWSER_SKIP}`);
}

import { snapshotOpenPages } from './support';

afterEach(async () => {
  await snapshotOpenPages(expect.getState().currentTestName ?? 'test');
});
