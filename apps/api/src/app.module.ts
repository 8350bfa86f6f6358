import { Module } from '@nestjs/common';
import { ApiPlatformModule, ConfigModule, CoreModule, LoggingModule } from '@iae/core';
import { DatabaseModule } from '@iae/database';
import { AccessControlModule, IdentityHttpModule } from '@iae/identity';
import { NotificationsHttpModule } from '@iae/notifications';

/** The HTTP API: each context's *HttpModule, behind one access guard. */
@Module({
  imports: [
    ConfigModule.forRoot(),
    LoggingModule,
    CoreModule,
    DatabaseModule,
    ApiPlatformModule,
    AccessControlModule,
    IdentityHttpModule,
    NotificationsHttpModule,
  ],
})
export class AppModule {}
