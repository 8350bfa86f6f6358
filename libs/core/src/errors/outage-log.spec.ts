import { AsyncLocalStorage } from 'node:async_hooks';
import { OutageLine, OutageLog, OutageWatch } from './outage-log';

describe('an outage is logged once, not once per request', () => {
  it('writes one line when a dependency goes down and one when it has been quiet for a while', () => {
    const lines: string[] = [];
    const log = new OutageLog((line) => lines.push(line.message), 30_000);
    log.failed('database', 1_000, 'Connection terminated unexpectedly');
    for (let at = 1_100; at <= 19_900; at += 100) log.failed('database', at, 'connect ECONNREFUSED');
    log.failed('redis', 19_900, 'Connection is closed.');
    expect(lines).toEqual(['database unreachable: answering 503 until it is back', 'redis unreachable: answering 503 until it is back']);
    log.quiet(49_899);
    expect(lines).toHaveLength(2);
    log.quiet(49_900);
    expect(lines.slice(2)).toEqual(['database answering again: 190 request(s) got 503 over 19 s', 'redis answering again: 1 request(s) got 503 over 0 s']);
    log.failed('database', 90_000, 'again');
    expect(lines[lines.length - 1]).toBe('database unreachable: answering 503 until it is back');
  });
});

describe('the watch that closes an outage', () => {
  it('writes the « answering again » line outside the request that opened the outage', async () => {
    const request = new AsyncLocalStorage<{ reqId: string }>();
    let now = 0;
    let closed!: (line: { message: string; reqId?: string }) => void;
    const answeringAgain = new Promise<{ message: string; reqId?: string }>((resolve) => (closed = resolve));
    const opened: Array<{ message: string; reqId?: string }> = [];
    const watch = new OutageWatch(
      (line: OutageLine) => {
        const written = { message: line.message, reqId: request.getStore()?.reqId };
        if (line.level === 'warn') opened.push(written);
        else closed(written);
      },
      undefined,
      { now: () => now, checkEveryMs: 1, quietMs: 30_000 },
    );
    request.run({ reqId: 'req-1' }, () => watch.failed('database', new Error('connect ECONNREFUSED')));
    now = 30_000;
    expect(await answeringAgain).toEqual({ message: 'database answering again: 1 request(s) got 503 over 0 s', reqId: undefined });
    expect(opened).toEqual([{ message: 'database unreachable: answering 503 until it is back', reqId: 'req-1' }]);
  });
});
