import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

const TIMESTAMPS = new Set<unknown>(['timestamptz', 'timestamp', Date]);

/**
 * The entity for a row read as `to_jsonb(row)`: lets one raw query bring back rows of several
 * tables (and more) where the repository would need a query each. Timestamps come as ISO text
 * and the columns' transformers apply, as when TypeORM loads the row itself.
 */
export function entityFromJson<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, json: Record<string, unknown>): T {
  const metadata = dataSource.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    let value = json[column.databaseName];
    if (typeof value === 'string' && TIMESTAMPS.has(column.type)) value = new Date(value);
    for (const transformer of [column.transformer ?? []].flat()) value = transformer.from(value);
    column.setEntityValue(entity, value);
  }
  return entity;
}
