export * from './data-source';
export * from './database.module';
export * from './naming.strategy';
export * from './timestamped.entity';
export * from './audit-trail';
export * from './unique-violation';
export { MIGRATIONS } from './migrations';
