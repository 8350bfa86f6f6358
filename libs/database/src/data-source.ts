import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '@iae/core';
import { DeferredInsertsFlush } from './deferred-inserts';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming.strategy';
import { typeParsers } from './timestamp-parser';

export function dataSourceOptions(config: Pick<AppConfig, 'database'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.database.url,
    namingStrategy: new SnakeNamingStrategy(),
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    subscribers: [DeferredInsertsFlush],
    synchronize: false,
    extra: {
      max: config.database.poolSize,
      application_name: process.env.APP_NAME ?? 'iae',
      // Rules compare dates as the law counts them: in Paris. JIT compilation cost the pilotage
      // figures 370 ms per national set and never paid back on our short queries.
      options: '-c timezone=Europe/Paris -c jit=off',
      types: typeParsers,
    },
  };
}

/** A bare data source for migrations and seeds, outside Nest. */
export function createDataSource(config: Pick<AppConfig, 'database'>, entities: DataSourceOptions['entities'] = []): DataSource {
  return new DataSource({ ...dataSourceOptions(config), entities } as DataSourceOptions);
}
