import { Module } from '@nestjs/common';
import { ApiPlatformModule, ConfigModule, CoreModule, LoggingModule } from '@iae/core';
import { CandidatesHttpModule } from '@iae/candidates';
import { CandidaturesHttpModule } from '@iae/candidatures';
import { ControlsHttpModule } from '@iae/controls';
import { DatabaseModule } from '@iae/database';
import { EligibilityHttpModule } from '@iae/eligibility';
import { EmployersHttpModule } from '@iae/employers';
import { AccessControlModule, IdentityHttpModule } from '@iae/identity';
import { MetiersHttpModule } from '@iae/metiers';
import { NotificationsHttpModule } from '@iae/notifications';
import { PassIaeHttpModule } from '@iae/pass-iae';
import { PrescribersHttpModule } from '@iae/prescribers';
import { SearchHttpModule } from '@iae/search';
import { StatsHttpModule } from '@iae/stats';
import { TerritoryHttpModule } from '@iae/territory';

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
    TerritoryHttpModule,
    MetiersHttpModule,
    EmployersHttpModule,
    PrescribersHttpModule,
    SearchHttpModule,
    CandidatesHttpModule,
    EligibilityHttpModule,
    PassIaeHttpModule,
    CandidaturesHttpModule,
    ControlsHttpModule,
    StatsHttpModule,
  ],
})
export class AppModule {}
