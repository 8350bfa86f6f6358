import { EventSubscriber } from 'typeorm';
import type { EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

/**
 * A table whose rows a transaction only writes, never reads back before its commit (audit events, outbox messages,
 * transition logs): its rows wait for the commit and go with the transaction's last statement, all tables in one.
 * A hire wrote five such rows with five round trips; each costs the API and PostgreSQL more than the row itself.
 */
export interface DeferredTable {
  table: string;
  /** Column names and their PostgreSQL types (scalar or json(b): the rows travel as one array per column), in the order of the values given to `deferInsert`. */
  columns: ReadonlyArray<readonly [name: string, type: string]>;
}

interface Pending {
  table: DeferredTable;
  values: unknown[];
  /** The savepoint depth the row was written at: a rollback to it discards the row. */
  depth: number;
}

const pendingByRunner = new WeakMap<QueryRunner, Pending[]>();

/** The depth of the runner's transaction (1 at the top level, more inside savepoints). */
function depthOf(runner: QueryRunner): number {
  return (runner as unknown as { transactionDepth: number }).transactionDepth;
}

/**
 * Writes a row of `table` in the manager's transaction, at its commit (a rollback discards it); at once when the
 * manager has no transaction. Values are in the order of `table.columns`; those of a json(b) column go as JSON.
 */
export async function deferInsert(manager: EntityManager, table: DeferredTable, values: unknown[]): Promise<void> {
  if (values.length !== table.columns.length) throw new Error(`${table.table}: ${values.length} values for ${table.columns.length} columns`);
  const runner = manager.queryRunner;
  // Without the flush among the data source's subscribers the row would never be written: then it goes at once.
  if (runner?.isTransactionActive && manager.connection.subscribers.some((s) => s instanceof DeferredInsertsFlush)) {
    const pending = pendingByRunner.get(runner) ?? [];
    pending.push({ table, values, depth: depthOf(runner) });
    pendingByRunner.set(runner, pending);
    return;
  }
  const [sql, parameters] = insertStatement([{ table, rows: [values] }]);
  await manager.query(sql, parameters);
}

/** One statement inserting every table's rows (a data-modifying WITH per table after the first), in their order. */
export function insertStatement(batches: Array<{ table: DeferredTable; rows: unknown[][] }>): [string, unknown[]] {
  const parameters: unknown[] = [];
  const inserts = batches.map(({ table, rows }) => {
    const arrays = table.columns.map(([, type], c) => {
      const json = type === 'jsonb' || type === 'json';
      parameters.push(rows.map((row) => (json && row[c] !== null && row[c] !== undefined ? JSON.stringify(row[c]) : (row[c] ?? null))));
      return `$${parameters.length}::${type}[]`;
    });
    const names = table.columns.map(([name]) => name).join(', ');
    // unnest keeps the arrays' order, WITH ORDINALITY makes it the insertion order (sequences, like the outbox's seq).
    return `INSERT INTO ${table.table} (${names}) SELECT ${names} FROM unnest(${arrays.join(', ')}) WITH ORDINALITY AS r (${names}, ord) ORDER BY ord`;
  });
  const [first, ...others] = inserts;
  if (!others.length) return [first, parameters];
  return [`WITH ${others.map((insert, i) => `d${i} AS (${insert})`).join(', ')} ${first}`, parameters];
}

/**
 * Writes now the rows the manager's transaction deferred: a use case that reads such a table in the transaction that
 * writes it (a view with its audit history) sees its own rows. Rows written inside a savepoint go with it if it rolls back.
 */
export async function flushDeferredInserts(manager: EntityManager): Promise<void> {
  if (manager.queryRunner?.isTransactionActive) await flush(manager.queryRunner);
}

async function flush(runner: QueryRunner): Promise<void> {
  const pending = pendingByRunner.get(runner);
  if (!pending?.length) return;
  pendingByRunner.delete(runner);
  const batches = new Map<DeferredTable, unknown[][]>();
  for (const { table, values } of pending) batches.set(table, [...(batches.get(table) ?? []), values]);
  const [sql, parameters] = insertStatement([...batches].map(([table, rows]) => ({ table, rows })));
  await runner.query(sql, parameters);
}

/** Flushes the deferred rows before the top-level COMMIT; forgets those of a savepoint or transaction rolled back. */
@EventSubscriber()
export class DeferredInsertsFlush implements EntitySubscriberInterface {
  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const runner = event.queryRunner;
    const depth = depthOf(runner);
    if (depth > 1) {
      // Releasing a savepoint: its rows now belong to the enclosing level.
      for (const row of pendingByRunner.get(runner) ?? []) if (row.depth >= depth) row.depth = depth - 1;
      return;
    }
    await flush(runner);
  }

  beforeTransactionRollback(event: TransactionRollbackEvent): void {
    const runner = event.queryRunner;
    const pending = pendingByRunner.get(runner);
    if (!pending) return;
    const depth = depthOf(runner);
    const kept = pending.filter((row) => row.depth < depth);
    if (kept.length) pendingByRunner.set(runner, kept);
    else pendingByRunner.delete(runner);
  }
}
