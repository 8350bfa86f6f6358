import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { columnNamed, perEntityAndShape, quotedTable } from './entity-statements';
import { PreparedShapes } from './prepared-query';

/**
 * Statements of entity writes follow the code's patches (which columns a move sets), not what people type: a few dozen
 * shapes in all. The bound keeps a mistake from filling the connections' memory; past it, statements run unnamed.
 */
const shapes = new PreparedShapes(64);
const statementOf = perEntityAndShape<{ text: string; columns: ColumnMetadata[] }>();

/**
 * Sets the given properties (those not `undefined`) on the row whose primary key is `id`, as TypeORM's `update` would:
 * values through the columns' transformers and types, the update date set to the transaction's time. The statement is
 * written once per entity and set of properties and prepared per connection. Answers how many rows changed.
 * Why: on every hire TypeORM's query builder wrote the same UPDATE again (the SQL, its parameters, its property names
 * replaced by regular expressions) and PostgreSQL planned it again (docs/benchmarks.md).
 */
export async function updateEntityById<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: unknown,
  values: Partial<T>,
): Promise<number> {
  const metadata = manager.connection.getMetadata(target);
  const set = given(values);
  const statement = statementOf(metadata, `update|${set.join(',')}`, () => updateStatement(metadata, set));
  const rows = await shapes.query<{ one: number }>(manager, statement.text, [...parametersOf(manager, statement.columns, values), id]);
  return rows.length;
}

/**
 * Inserts one row with the given properties (the others take their column's default) and answers its generated primary
 * key, as TypeORM's `insert` would for an entity keyed by a generated `id`; written and prepared as above.
 */
export async function insertEntity<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, values: Partial<T>): Promise<{ id: string }> {
  const metadata = manager.connection.getMetadata(target);
  const properties = given(values);
  const statement = statementOf(metadata, `insert|${properties.join(',')}`, () => insertStatement(metadata, properties));
  const [row] = await shapes.query<{ id: string }>(manager, statement.text, parametersOf(manager, statement.columns, values));
  return { id: row.id };
}

/** The properties written: TypeORM leaves out those `undefined`. */
function given(values: ObjectLiteral): string[] {
  return Object.keys(values).filter((property) => values[property] !== undefined);
}

/** The values as the columns store them (transformers, dates, JSON), as TypeORM's writes convert them. */
function parametersOf(manager: EntityManager, columns: ColumnMetadata[], values: ObjectLiteral): unknown[] {
  const driver = manager.connection.driver;
  return columns.map((column) => driver.preparePersistentValue(values[column.propertyName], column));
}

/** Plain columns only: what TypeORM would skip or compute (not insertable or updatable, a version) is refused, not ignored. */
function columnsOf(metadata: EntityMetadata, properties: string[], write: 'insert' | 'update'): ColumnMetadata[] {
  if (metadata.versionColumn) throw new Error(`${metadata.name}: a versioned entity is written by TypeORM`);
  return properties.map((property) => {
    const column = columnNamed(metadata, property);
    if (write === 'insert' ? !column.isInsert : !column.isUpdate) throw new Error(`${metadata.name}.${property} is not written on ${write}`);
    return column;
  });
}

function primaryColumn(metadata: EntityMetadata): ColumnMetadata {
  if (metadata.primaryColumns.length !== 1) throw new Error(`${metadata.name}: one primary column expected`);
  return metadata.primaryColumns[0];
}

function updateStatement(metadata: EntityMetadata, properties: string[]) {
  const columns = columnsOf(metadata, properties, 'update');
  if (columns.length === 0) throw new Error(`${metadata.name}: nothing to update`);
  if (columns.some((c) => c.isPrimary)) throw new Error(`${metadata.name}: the primary key is not updated`);
  const sets = columns.map((c, i) => `"${c.databaseName}" = $${i + 1}`);
  const updateDate = metadata.updateDateColumn;
  if (updateDate && !columns.includes(updateDate)) sets.push(`"${updateDate.databaseName}" = CURRENT_TIMESTAMP`);
  const text = `UPDATE ${quotedTable(metadata)} SET ${sets.join(', ')} WHERE "${primaryColumn(metadata).databaseName}" = $${columns.length + 1} RETURNING 1 AS one`;
  return { text, columns };
}

function insertStatement(metadata: EntityMetadata, properties: string[]) {
  const columns = columnsOf(metadata, properties, 'insert');
  const key = primaryColumn(metadata);
  const text =
    columns.length === 0
      ? `INSERT INTO ${quotedTable(metadata)} DEFAULT VALUES RETURNING "${key.databaseName}" AS id`
      : `INSERT INTO ${quotedTable(metadata)} (${columns.map((c) => `"${c.databaseName}"`).join(', ')}) VALUES (${columns
          .map((_, i) => `$${i + 1}`)
          .join(', ')}) RETURNING "${key.databaseName}" AS id`;
  return { text, columns };
}
