export { type AuditRecord, AuditTrail } from './audit-trail';
export { createDataSource } from './data-source';
export { type EntityRead, findEntityBy } from './entity-reads';
export { DatabaseModule } from './database.module';
export { type DeferredTable, deferInsert, flushDeferredInserts } from './deferred-inserts';
export { MIGRATIONS } from './migrations/index';
export { TimestampedEntity } from './timestamped.entity';
export { CALLS_BEFORE_PREPARED, PreparedShapes, preparedQuery } from './prepared-query';
export { isConstraintViolation, isUniqueViolation } from './unique-violation';
