import { OutageLog } from './outage-log';

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
