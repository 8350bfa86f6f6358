import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { columnNamed, perEntityAndShape, quotedTable } from './entity-statements';
import { preparedQuery } from './prepared-query';

export interface EntityRead<T> {
  /** The row is locked until the transaction ends (`for update`, or `for no key update`, which foreign keys do not wait for). */
  lock?: 'for update' | 'for no key update';
  /** Which row is "the one" when several match: the first in this order. */
  orderBy?: { property: keyof T & string; direction: 'ASC' | 'DESC' };
}

const statementOf = perEntityAndShape<string>();

/**
 * The entity whose `property` equals `value` (the first by `orderBy`), or null. The statement is written once per entity
 * and shape and planned once per connection (`preparedQuery`); the row is hydrated as TypeORM's `findOne` would.
 * Why: on the reads every candidature sent and every hire make, TypeORM's query builder cost the API twice the CPU of
 * the read itself (0.2 ms against 0.1 per read, docs/benchmarks.md).
 */
export async function findEntityBy<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  property: keyof T & string,
  value: unknown,
  options: EntityRead<T> = {},
): Promise<T | null> {
  const metadata = manager.connection.getMetadata(target);
  const [row] = await preparedQuery<Record<string, unknown>>(manager, readStatement(metadata, property, options), [value]);
  if (!row) return null;
  const driver = manager.connection.driver;
  const entity = metadata.create(manager.queryRunner, { fromDeserializer: true }) as T;
  for (const column of selected(metadata)) column.setEntityValue(entity, driver.prepareHydratedValue(row[column.databaseName], column));
  return entity;
}

function readStatement<T>(metadata: EntityMetadata, property: string, options: EntityRead<T>): string {
  const key = `${property}|${options.orderBy?.property ?? ''}|${options.orderBy?.direction ?? ''}|${options.lock ?? ''}`;
  return statementOf(metadata, key, () => {
    const column = (name: string) => `"${columnNamed(metadata, name).databaseName}"`;
    return (
      `SELECT ${selected(metadata)
        .map((c) => `"${c.databaseName}"`)
        .join(', ')} FROM ${quotedTable(metadata)} WHERE ${column(property)} = $1` +
      (options.orderBy ? ` ORDER BY ${column(options.orderBy.property)} ${options.orderBy.direction}` : '') +
      ' LIMIT 1' +
      (options.lock ? ` ${options.lock.toUpperCase()}` : '')
    );
  });
}

const selectedColumns = new WeakMap<EntityMetadata, ColumnMetadata[]>();

/** The columns `findOne` reads (not those declared `select: false`), listed once per entity. */
function selected(metadata: EntityMetadata): ColumnMetadata[] {
  let columns = selectedColumns.get(metadata);
  if (!columns) selectedColumns.set(metadata, (columns = metadata.columns.filter((c) => c.isSelect)));
  return columns;
}
