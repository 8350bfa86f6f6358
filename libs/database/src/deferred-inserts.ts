import { EventSubscriber } from 'typeorm';
import type { EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

/**
 * A table whose rows a transaction only writes, never reads back before its commit (audit events, outbox messages,
 * transition logs, who follows a person), or whose readers write the pending rows first (`flushDeferredInserts`): its
 * rows wait for the commit and go with the transaction's last statement, all tables in one.
 * A hire wrote five such rows with five round trips; each costs the API and PostgreSQL more than the row itself.
 */
export interface DeferredTable {
  table: string;
  /** Column names and their PostgreSQL types (scalar or json(b): the rows travel as one array per column), in the order of the values given to `deferInsert`. */
  columns: ReadonlyArray<readonly [name: string, type: string]>;
  /**
   * An upsert: a row whose `key` is there already sets the `update` columns to its own values (and `touch` to now()).
   * Rows of one transaction with the same key go as one: the first's values, the last's `update` columns, as
   * successive upserts would leave it.
   */
  onConflict?: { key: readonly string[]; update: readonly string[]; touch?: string };
}

interface Pending {
  table: DeferredTable;
  values: unknown[];
  /** The savepoint depth the row was written at: a rollback to it discards the row. */
  depth: number;
}

interface RunnerState {
  pending: Pending[];
  /**
   * Rows of enclosing levels that a flush inside savepoint `at` wrote: rolling that savepoint back undoes them, and they
   * wait for the commit again.
   */
  flushedInside: Array<{ at: number; rows: Pending[] }>;
}

const states = new WeakMap<QueryRunner, RunnerState>();

function stateOf(runner: QueryRunner): RunnerState {
  let state = states.get(runner);
  if (!state) states.set(runner, (state = { pending: [], flushedInside: [] }));
  return state;
}

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
    stateOf(runner).pending.push({ table, values, depth: depthOf(runner) });
    return;
  }
  const [sql, parameters] = insertStatement([{ table, rows: [values] }]);
  await manager.query(sql, parameters);
}

/** One statement inserting every table's rows (a data-modifying WITH per table after the first), in their order. */
function insertStatement(batches: Array<{ table: DeferredTable; rows: unknown[][] }>): [string, unknown[]] {
  const parameters: unknown[] = [];
  const inserts = batches.map(({ table, rows }) => {
    const arrays = table.columns.map(([, type], c) => {
      const json = type === 'jsonb' || type === 'json';
      parameters.push(rows.map((row) => (json && row[c] !== null && row[c] !== undefined ? JSON.stringify(row[c]) : (row[c] ?? null))));
      return `$${parameters.length}::${type}[]`;
    });
    const names = table.columns.map(([name]) => name).join(', ');
    // unnest keeps the arrays' order, WITH ORDINALITY makes it the insertion order (sequences, like the outbox's seq).
    return `INSERT INTO ${table.table} (${names}) SELECT ${names} FROM unnest(${arrays.join(', ')}) WITH ORDINALITY AS r (${names}, ord) ORDER BY ord${conflictClause(table)}`;
  });
  const [first, ...others] = inserts;
  if (!others.length) return [first, parameters];
  return [`WITH ${others.map((insert, i) => `d${i} AS (${insert})`).join(', ')} ${first}`, parameters];
}

function conflictClause({ onConflict }: DeferredTable): string {
  if (!onConflict) return '';
  const set = [...onConflict.update.map((c) => `${c} = EXCLUDED.${c}`), ...(onConflict.touch ? [`${onConflict.touch} = now()`] : [])];
  return ` ON CONFLICT (${onConflict.key.join(', ')}) DO UPDATE SET ${set.join(', ')}`;
}

/** An upsert's rows with one key made one (a statement may not update a row twice), in the order of their first. */
function mergedByKey(table: DeferredTable, rows: unknown[][]): unknown[][] {
  const { onConflict } = table;
  if (!onConflict) return rows;
  const index = (name: string) => table.columns.findIndex(([column]) => column === name);
  const keys = onConflict.key.map(index);
  const updated = onConflict.update.map(index);
  const merged = new Map<string, unknown[]>();
  for (const row of rows) {
    const key = JSON.stringify(keys.map((k) => row[k]));
    const first = merged.get(key);
    if (!first) merged.set(key, [...row]);
    else for (const u of updated) first[u] = row[u];
  }
  return [...merged.values()];
}

/**
 * Writes now the rows the manager's transaction deferred: a use case that reads such a table in the transaction that
 * writes it (a view with its audit history) sees its own rows. The manager may have no runner of its own and still run
 * in a transaction: an idempotent request's (`libs/core/src/http/idempotency.ts`), which `createQueryRunner` hands out.
 */
export async function flushDeferredInserts(manager: EntityManager): Promise<void> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    if (runner.isTransactionActive) await flush(runner);
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}

async function flush(runner: QueryRunner): Promise<void> {
  const state = states.get(runner);
  if (!state?.pending.length) return;
  const { pending } = state;
  state.pending = [];
  const depth = depthOf(runner);
  const outer = pending.filter((row) => row.depth < depth);
  if (depth > 1 && outer.length) state.flushedInside.push({ at: depth, rows: outer });
  const batches = new Map<DeferredTable, unknown[][]>();
  for (const { table, values } of pending) {
    const rows = batches.get(table);
    if (rows) rows.push(values);
    else batches.set(table, [values]);
  }
  const [sql, parameters] = insertStatement([...batches].map(([table, rows]) => ({ table, rows: mergedByKey(table, rows) })));
  await runner.query(sql, parameters);
}

/** Flushes the deferred rows before the top-level COMMIT; forgets those of a savepoint or transaction rolled back. */
@EventSubscriber()
export class DeferredInsertsFlush implements EntitySubscriberInterface {
  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const runner = event.queryRunner;
    const depth = depthOf(runner);
    if (depth > 1) {
      // Releasing a savepoint: what it wrote or deferred now belongs to the enclosing level.
      const state = states.get(runner);
      if (!state) return;
      for (const row of state.pending) if (row.depth >= depth) row.depth = depth - 1;
      state.flushedInside = state.flushedInside
        .map(({ at, rows }) => (at >= depth ? { at: depth - 1, rows: rows.filter((row) => row.depth < depth - 1) } : { at, rows }))
        .filter(({ at, rows }) => at > 1 && rows.length > 0);
      return;
    }
    await flush(runner);
    states.delete(runner);
  }

  beforeTransactionRollback(event: TransactionRollbackEvent): void {
    const runner = event.queryRunner;
    const state = states.get(runner);
    if (!state) return;
    const depth = depthOf(runner);
    if (depth <= 1) {
      states.delete(runner);
      return;
    }
    // The savepoint's own rows are gone; those of enclosing levels it wrote wait for the commit again, first.
    const undone = state.flushedInside.filter(({ at }) => at >= depth).flatMap(({ rows }) => rows.filter((row) => row.depth < depth));
    state.flushedInside = state.flushedInside.filter(({ at }) => at < depth);
    state.pending = [...undone, ...state.pending.filter((row) => row.depth < depth)];
  }
}
