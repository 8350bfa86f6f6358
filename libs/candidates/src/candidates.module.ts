import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { join } from 'node:path';
import { IdentityModule } from '@iae/identity';
import { MetiersModule } from '@iae/metiers';
import { MailTemplates, NotificationsModule } from '@iae/notifications';
import { TerritoryModule } from '@iae/territory';
import { CandidateInvitationsService } from './candidate-invitations.service';
import { Candidate, CandidateAccountInvitation, CandidateAssignment, CandidateConsent, DiagnosticVersion, NirCorrectionRequest } from './candidate.entity';
import { CandidatesRepository } from './candidates.repository';
import { CandidatesService } from './candidates.service';
import { ConsentsService } from './consents.service';
import { DiagnosticsService } from './diagnostics.service';
import { NirCorrectionsService } from './nir-corrections.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Candidate, CandidateAssignment, CandidateConsent, NirCorrectionRequest, CandidateAccountInvitation, DiagnosticVersion]),
    IdentityModule,
    NotificationsModule,
    TerritoryModule,
    MetiersModule,
  ],
  providers: [CandidatesRepository, CandidatesService, CandidateInvitationsService, ConsentsService, NirCorrectionsService, DiagnosticsService],
  exports: [CandidatesService, ConsentsService, DiagnosticsService, NirCorrectionsService, CandidateInvitationsService],
})
export class CandidatesModule implements OnModuleInit {
  constructor(private readonly templates: MailTemplates) {}

  onModuleInit(): void {
    this.templates.registerDirectory('candidates', join(__dirname, 'templates'));
  }
}
