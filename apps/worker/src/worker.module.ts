import { Module } from '@nestjs/common';
import { ConfigModule, CoreModule, LoggingModule, ScheduledJobsProcessor } from '@iae/core';
import { CandidatesModule } from '@iae/candidates';
import { CandidaturesModule } from '@iae/candidatures';
import { ControlsModule } from '@iae/controls';
import { DatabaseModule } from '@iae/database';
import { EmployersModule } from '@iae/employers';
import { IdentityModule, IdentityWorkerModule } from '@iae/identity';
import { NotificationsWorkerModule } from '@iae/notifications';
import { PassIaeModule } from '@iae/pass-iae';
import { PrescribersModule } from '@iae/prescribers';
import { SearchModule, SearchWorkerModule } from '@iae/search';
import { StatsModule } from '@iae/stats';

/**
 * The contexts whose jobs run here. Importing a context module registers its scheduled jobs
 * and e-mail templates; the *WorkerModule of a context brings its queue processors.
 */
export const JOB_CONTEXT_MODULES = [
  IdentityModule,
  EmployersModule,
  PrescribersModule,
  SearchModule,
  CandidatesModule,
  PassIaeModule,
  CandidaturesModule,
  ControlsModule,
  StatsModule,
];

@Module({
  imports: [ConfigModule.forRoot(), LoggingModule, CoreModule, DatabaseModule, ...JOB_CONTEXT_MODULES],
})
export class JobContextsModule {}

@Module({
  imports: [JobContextsModule, NotificationsWorkerModule, SearchWorkerModule, IdentityWorkerModule],
  providers: [ScheduledJobsProcessor],
})
export class WorkerModule {}
