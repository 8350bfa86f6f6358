import { Module, OnModuleInit } from '@nestjs/common';
import { join } from 'node:path';
import { EligibilityModule } from '@iae/eligibility';
import { IdentityModule } from '@iae/identity';
import { MailTemplates, NotificationsModule } from '@iae/notifications';
import { PrescribersModule } from '@iae/prescribers';
import { StorageModule } from '@iae/storage';
import { CampaignsService } from './campaigns.service';
import { ControlNotifications } from './control-notifications';
import { ControlPhases } from './control-phases';
import { ControlsRepository } from './controls.repository';
import { EvaluationsService } from './evaluations.service';
import { HabilitationBoardService } from './habilitation-board.service';

@Module({
  imports: [EligibilityModule, IdentityModule, NotificationsModule, PrescribersModule, StorageModule],
  providers: [ControlsRepository, ControlNotifications, ControlPhases, CampaignsService, EvaluationsService, HabilitationBoardService],
  exports: [CampaignsService, EvaluationsService, ControlPhases, HabilitationBoardService],
})
export class ControlsModule implements OnModuleInit {
  constructor(private readonly templates: MailTemplates) {}

  onModuleInit(): void {
    this.templates.registerDirectory('controls', join(__dirname, 'templates'));
  }
}
