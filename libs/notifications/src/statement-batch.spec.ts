import { Slots, StatementBatch } from './statement-batch';

describe('StatementBatch', () => {
  it('puts the calls of one turn in one statement and answers each its own result', async () => {
    const statements: number[][] = [];
    const batch = new StatementBatch<number, number>(async (items) => {
      statements.push(items);
      return items.map((n) => n * 10);
    });
    await expect(Promise.all([batch.submit(1), batch.submit(2), batch.submit(3)])).resolves.toEqual([10, 20, 30]);
    expect(statements).toEqual([[1, 2, 3]]);
  });

  it('gathers the calls made while a statement is in flight into the next one, at most maxSize each', async () => {
    const statements: number[][] = [];
    let release!: () => void;
    const first = new Promise<void>((resolve) => (release = resolve));
    const batch = new StatementBatch<number, number>(async (items) => {
      statements.push(items);
      if (statements.length === 1) await first;
      return items;
    }, 2);
    const one = batch.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [batch.submit(2), batch.submit(3), batch.submit(4)];
    release();
    await expect(Promise.all([one, ...later])).resolves.toEqual([1, 2, 3, 4]);
    expect(statements).toEqual([[1], [2, 3], [4]]);
  });

  it('rejects every call of a failed statement, and the next calls run again', async () => {
    let fail = true;
    const batch = new StatementBatch<number, number>(async (items) => {
      if (fail) throw new Error('connection lost');
      return items;
    });
    const failed = [batch.submit(1), batch.submit(2)];
    await expect(failed[0]).rejects.toThrow('connection lost');
    await expect(failed[1]).rejects.toThrow('connection lost');
    fail = false;
    await expect(batch.submit(3)).resolves.toBe(3);
  });
});

describe('Slots', () => {
  it('lets `size` holders in at once; the next one waits for a slot given back, in order', async () => {
    const slots = new Slots(2);
    const order: string[] = [];
    await slots.take();
    await slots.take();
    const third = slots.take().then(() => order.push('third'));
    const fourth = slots.take().then(() => order.push('fourth'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([]);
    slots.give();
    await third;
    expect(order).toEqual(['third']);
    slots.give();
    await fourth;
    expect(order).toEqual(['third', 'fourth']);
  });
});
