import { AsyncResource } from 'node:async_hooks';

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
    /** What each failure meant, for the lines: `answering 503` in the API. */
    private readonly effect = { during: 'answering 503 until it is back', counted: 'request(s) got 503' },
  ) {}

  failed(dependency: string, at: number, error: string): void {
    const outage = this.open.get(dependency);
    if (outage) {
      outage.last = at;
      outage.count++;
      return;
    }
    this.open.set(dependency, { since: at, last: at, count: 1 });
    this.write({ level: 'warn', dependency, error, message: `${dependency} unreachable: ${this.effect.during}` });
  }

  quiet(at: number): void {
    for (const [dependency, outage] of this.open) {
      if (at - outage.last < this.quietMs) continue;
      this.open.delete(dependency);
      const seconds = Math.round((outage.last - outage.since) / 1000);
      this.write({ level: 'log', dependency, message: `${dependency} answering again: ${outage.count} ${this.effect.counted} over ${seconds} s` });
    }
  }

  get pending(): boolean {
    return this.open.size > 0;
  }
}

/** An OutageLog that checks for quiet on a timer of its own while an outage is open. */
export class OutageWatch {
  private readonly log: OutageLog;
  private timer?: NodeJS.Timeout;
  /**
   * The timer starts inside the first failing request (or job); it runs in the context this watch was made in, so the
   * « answering again » line does not carry that request's id.
   */
  private readonly home = new AsyncResource('OutageWatch');

  constructor(
    write: (line: OutageLine) => void,
    effect?: ConstructorParameters<typeof OutageLog>[2],
    private readonly clock = { now: () => Date.now(), checkEveryMs: 5_000, quietMs: 30_000 },
  ) {
    this.log = new OutageLog(write, clock.quietMs, effect);
  }

  failed(dependency: string, error: unknown): void {
    this.log.failed(dependency, this.clock.now(), String((error as Error)?.message ?? error));
    this.timer ??= this.home.runInAsyncScope(() =>
      setInterval(() => {
        this.log.quiet(this.clock.now());
        if (this.log.pending) return;
        clearInterval(this.timer);
        this.timer = undefined;
      }, this.clock.checkEveryMs).unref(),
    );
  }
}
