import { Controller, Module, Post } from '@nestjs/common';
import { Access, forbidden, Idempotent, keptWhateverHappens } from '@iae/core';
import { TestApp, createTestApp, failAnswerRecordOnce } from '@iae/testing';
import { DataSource } from 'typeorm';

/** A route that keeps two pieces of work aside, as the candidate claims keep their access log, then fails or not. */
@Controller('test-kept-work')
class KeptWorkController {
  constructor(private readonly dataSource: DataSource) {}

  private async keep(): Promise<void> {
    for (const mark of ['first', 'second'])
      await keptWhateverHappens(this.dataSource, (manager) => manager.query(`INSERT INTO kept_marks (mark) VALUES ($1)`, [mark]));
  }

  @Post('succeeding')
  @Access.public()
  @Idempotent()
  async succeeding(): Promise<{ kept: boolean }> {
    await this.keep();
    return { kept: true };
  }

  @Post('refusing')
  @Access.public()
  @Idempotent()
  async refusing(): Promise<never> {
    await this.keep();
    throw forbidden('Refusé.');
  }
}

@Module({ controllers: [KeptWorkController] })
class KeptWorkModule {}

describe('Work kept whatever happens to an idempotent request', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ imports: [KeptWorkModule] });
    await t.dataSource.query(`CREATE TABLE kept_marks (mark text NOT NULL)`);
  });
  afterAll(() => t.close());
  beforeEach(() => t.dataSource.query(`TRUNCATE kept_marks`));

  const marks = async () => (await t.dataSource.query(`SELECT mark FROM kept_marks ORDER BY mark`)).map((r: { mark: string }) => r.mark);

  it('commits the kept work with a request that succeeds, once, and a retry with the key keeps nothing more', async () => {
    await t.http.post('/api/test-kept-work/succeeding').set('idempotency-key', 'kept-success-0001').expect(201);
    await t.http.post('/api/test-kept-work/succeeding').set('idempotency-key', 'kept-success-0001').expect(201);
    expect(await marks()).toEqual(['first', 'second']);
  });

  it('does the kept work again, on its own, when the request’s commit fails after doing it', async () => {
    // The answer's record is refused once, after the handler and its kept work ran in the transaction.
    const repair = await failAnswerRecordOnce(t.dataSource);
    try {
      const failed = await t.http.post('/api/test-kept-work/succeeding').set('idempotency-key', 'kept-commit-0001');
      expect(failed.status).toBeGreaterThanOrEqual(500);
      expect(await marks()).toEqual(['first', 'second']);
    } finally {
      await repair();
    }
  });

  it('runs every kept work of a refused request though one of them fails, and the failure is the answer', async () => {
    await t.dataSource.query(`
      CREATE FUNCTION kept_refuse_first() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.mark = 'first' THEN RAISE EXCEPTION 'refused'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER kept_refuse_first BEFORE INSERT ON kept_marks FOR EACH ROW EXECUTE FUNCTION kept_refuse_first()`);
    try {
      const answer = await t.http.post('/api/test-kept-work/refusing').set('idempotency-key', 'kept-refusal-0001');
      expect(answer.status).toBe(500);
      expect(await marks()).toEqual(['second']);
    } finally {
      await t.dataSource.query(`DROP TRIGGER kept_refuse_first ON kept_marks; DROP FUNCTION kept_refuse_first()`);
    }
    const refused = await t.http.post('/api/test-kept-work/refusing').set('idempotency-key', 'kept-refusal-0002');
    expect(refused.status).toBe(403);
    expect(await marks()).toEqual(['first', 'second', 'second']);
  });
});
