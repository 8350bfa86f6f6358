// A journey drives a real browser against the real stack: minutes, not seconds, on two busy cores.
jest.setTimeout(180_000);

import { snapshotOpenPages } from './support';

afterEach(async () => {
  await snapshotOpenPages(expect.getState().currentTestName ?? 'test');
});
