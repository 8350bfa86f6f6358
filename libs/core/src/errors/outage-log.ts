export interface OutageLine {
  level: 'warn' | 'log';
  message: string;
  dependency: string;
  error?: string;
}

/**
 * While a dependency is down every request fails the same way: one line when the outage starts,
 * one when no request has failed on it for `quietMs`, and the count in between.
 */
export class OutageLog {
  private readonly open = new Map<string, { since: number; last: number; count: number }>();

  constructor(
    private readonly write: (line: OutageLine) => void,
    private readonly quietMs = 30_000,
  ) {}

  failed(dependency: string, at: number, error: string): void {
    const outage = this.open.get(dependency);
    if (outage) {
      outage.last = at;
      outage.count++;
      return;
    }
    this.open.set(dependency, { since: at, last: at, count: 1 });
    this.write({ level: 'warn', dependency, error, message: `${dependency} unreachable: answering 503 until it is back` });
  }

  quiet(at: number): void {
    for (const [dependency, outage] of this.open) {
      if (at - outage.last < this.quietMs) continue;
      this.open.delete(dependency);
      const seconds = Math.round((outage.last - outage.since) / 1000);
      this.write({ level: 'log', dependency, message: `${dependency} answering again: ${outage.count} request(s) got 503 over ${seconds} s` });
    }
  }

  get pending(): boolean {
    return this.open.size > 0;
  }
}
