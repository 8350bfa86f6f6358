import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { join } from 'node:path';
import { CandidatesModule } from '@iae/candidates';
import { EligibilityModule } from '@iae/eligibility';
import { EmployersModule } from '@iae/employers';
import { IdentityModule } from '@iae/identity';
import { MailTemplates, NotificationsModule } from '@iae/notifications';
import { PassIaeModule } from '@iae/pass-iae';
import { StorageModule } from '@iae/storage';
import { CandidatureNotifications } from './candidature-notifications';
import { CandidatureTransitionsService } from './candidature-transitions.service';
import { CandidatureViews } from './candidature-views';
import { Candidature, CandidatureJobDescription, CandidatureTransition } from './candidature.entity';
import { CandidaturesRepository } from './candidatures.repository';
import { CandidaturesService } from './candidatures.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Candidature, CandidatureJobDescription, CandidatureTransition]),
    CandidatesModule,
    EligibilityModule,
    EmployersModule,
    IdentityModule,
    NotificationsModule,
    PassIaeModule,
    StorageModule,
  ],
  providers: [CandidaturesRepository, CandidaturesService, CandidatureTransitionsService, CandidatureViews, CandidatureNotifications],
  exports: [CandidaturesService, CandidatureTransitionsService],
})
export class CandidaturesModule implements OnModuleInit {
  constructor(private readonly templates: MailTemplates) {}

  onModuleInit(): void {
    this.templates.registerDirectory('candidatures', join(__dirname, 'templates'));
  }
}
