/**
 * Calls made while a statement is in flight wait for the next one and share it: many messages in hand at once
 * cost one round trip to PostgreSQL instead of one each, and a single message waits no longer than one round trip.
 */
export class StatementBatch<Item, Result> {
  private pending: Array<{ item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void }> = [];
  private flushing = false;

  /** `run` answers one result per item, in their order; if it throws, every item of that statement rejects. */
  constructor(
    private readonly run: (items: Item[]) => Promise<Result[]>,
    private readonly maxSize = 100,
  ) {}

  submit(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (!this.flushing) {
        this.flushing = true;
        // Calls of the same turn of the event loop join the first statement.
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, this.maxSize);
      try {
        const results = await this.run(batch.map((call) => call.item));
        batch.forEach((call, i) => call.resolve(results[i]));
      } catch (error) {
        for (const call of batch) call.reject(error);
      }
    }
    this.flushing = false;
  }
}

/** A counting semaphore: at most `size` holders at once, the others wait in order. */
export class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly size: number) {
    this.free = size;
  }

  async take(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}
