import { createHash } from 'node:crypto';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, type EntityManager } from 'typeorm';

/** Names of the statements already seen (a statement's name is its text's hash), so the hash is made once per text. */
const names = new Map<string, string>();
const MAX_NAMES = 2_000;

function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `p_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    if (names.size >= MAX_NAMES) names.clear();
    names.set(text, name);
  }
  return name;
}

/**
 * A statement that PostgreSQL parses and plans once per connection instead of at every call: a named prepared
 * statement, for the statements that are planned far longer than they run (the candidatures' read model through
 * the published views: 4–9 ms of planning for 1 ms of execution) and run on every request.
 *
 * Each text is a statement kept by every connection until it closes: callers prepare a small, fixed set of shapes
 * (no value, limit or optional filter written into the text; those go in `values`, or the call is not prepared).
 * Runs in the caller's transaction when the manager has one; errors are TypeORM's `QueryFailedError`, as for
 * `manager.query` (what the problem mapping and the constraint checks read).
 */
export function preparedQuery<T>(manager: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  return clientQuery<T>(manager, text, values, nameOf(text));
}

/**
 * A statement sent as it is to node-postgres's client, named (prepared) or not: the rows it answers whatever its
 * command (TypeORM's `query` answers `[rows, count]` for an UPDATE or a DELETE), in the caller's transaction when there
 * is one.
 */
async function clientQuery<T>(manager: EntityManager, text: string, values: unknown[], name?: string): Promise<T[]> {
  if (manager.queryRunner?.isReleased) throw new QueryRunnerAlreadyReleasedError();
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  const own = manager.queryRunner === undefined;
  try {
    // The PostgreSQL query runner's connection is node-postgres's client.
    const client = (await runner.connect()) as { query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: T[] }> };
    try {
      return (await client.query(name === undefined ? { text, values } : { name, text, values })).rows;
    } catch (error) {
      throw new QueryFailedError(text, values, error as Error);
    }
  } finally {
    if (own) await runner.release();
  }
}

/** A shape is prepared from its third call: one met once or twice (a rare combination of filters) never takes a place. */
export const CALLS_BEFORE_PREPARED = 3;
/** Shapes counted while they wait for their third call; the count starts again when this many are waiting. */
const SHAPES_COUNTED = 1_000;

/**
 * Prepared statements for a read whose text follows the request (its filters, its number of words, its sort): the
 * shapes met often are prepared, up to `limit` per instance; the others run unnamed and are planned at each call. A
 * connection keeps the plan of every statement it prepared until it closes (about 400 kB each for a search page), so
 * the shapes are bounded, whatever people type.
 */
export class PreparedShapes {
  private readonly prepared = new Set<string>();
  private readonly calls = new Map<string, number>();

  constructor(readonly limit: number) {}

  query<T>(manager: EntityManager, text: string, values: unknown[]): Promise<T[]> {
    if (this.prepared.has(text)) return preparedQuery<T>(manager, text, values);
    if (this.prepared.size < this.limit) {
      const calls = (this.calls.get(text) ?? 0) + 1;
      if (calls >= CALLS_BEFORE_PREPARED) {
        this.calls.delete(text);
        this.prepared.add(text);
        return preparedQuery<T>(manager, text, values);
      }
      if (this.calls.size >= SHAPES_COUNTED) this.calls.clear();
      this.calls.set(text, calls);
    }
    return clientQuery<T>(manager, text, values);
  }
}
