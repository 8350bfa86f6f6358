import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@iae/core';
import { AuditTrail } from './audit-trail';
import { dataSourceOptions } from './data-source';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config),
        autoLoadEntities: true,
        migrationsRun: false,
        retryAttempts: 2,
        retryDelay: 500,
      }),
    }),
  ],
  providers: [AuditTrail],
  exports: [AuditTrail],
})
export class DatabaseModule {}
