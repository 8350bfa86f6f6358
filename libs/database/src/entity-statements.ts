import type { EntityMetadata } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * A cache of statements written once per entity and shape (`findEntityBy`'s reads, `insertEntity`'s and
 * `updateEntityById`'s writes): `write` runs the first time an entity meets a shape.
 */
export function perEntityAndShape<S>(): (metadata: EntityMetadata, shape: string, write: () => S) => S {
  const statements = new WeakMap<EntityMetadata, Map<string, S>>();
  return (metadata, shape, write) => {
    let byShape = statements.get(metadata);
    if (!byShape) statements.set(metadata, (byShape = new Map()));
    let statement = byShape.get(shape);
    if (statement === undefined) byShape.set(shape, (statement = write()));
    return statement;
  };
}

/** The plain column of `property` (not one of an embedded entity); a name that is none is a programming error. */
export function columnNamed(metadata: EntityMetadata, property: string): ColumnMetadata {
  const column = metadata.findColumnWithPropertyName(property);
  if (!column || column.embeddedMetadata) throw new Error(`${metadata.name} has no column ${property}`);
  return column;
}

/** The entity's table, quoted, with its schema when it has one. */
export function quotedTable(metadata: EntityMetadata): string {
  return metadata.tablePath
    .split('.')
    .map((part) => `"${part}"`)
    .join('.');
}
