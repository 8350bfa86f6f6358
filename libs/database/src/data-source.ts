import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '@iae/core';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming.strategy';

export function dataSourceOptions(config: Pick<AppConfig, 'database'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.database.url,
    namingStrategy: new SnakeNamingStrategy(),
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: {
      max: config.database.poolSize,
      application_name: process.env.APP_NAME ?? 'iae',
      // Rules compare dates as the law counts them: in Paris.
      options: '-c timezone=Europe/Paris',
    },
  };
}

/** A bare data source for migrations and seeds, outside Nest. */
export function createDataSource(config: Pick<AppConfig, 'database'>, entities: DataSourceOptions['entities'] = []): DataSource {
  return new DataSource({ ...dataSourceOptions(config), entities } as DataSourceOptions);
}
