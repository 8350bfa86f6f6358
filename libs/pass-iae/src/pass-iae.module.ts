import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { join } from 'node:path';
import { CandidatesModule } from '@iae/candidates';
import { IdentityModule } from '@iae/identity';
import { MailTemplates, NotificationsModule } from '@iae/notifications';
import { StorageModule } from '@iae/storage';
import { PassIaeNotifications } from './pass-iae-notifications';
import { PassIaeViews } from './pass-iae-views';
import { PassIae, PassIaeHire, PassIaeProlongation, PassIaeSuspension, ProlongationRequest } from './pass-iae.entity';
import { PassIaeRepository } from './pass-iae.repository';
import { PassIaeService } from './pass-iae.service';
import { ProlongationsService } from './prolongations.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([PassIae, PassIaeHire, PassIaeSuspension, PassIaeProlongation, ProlongationRequest]),
    CandidatesModule,
    IdentityModule,
    NotificationsModule,
    StorageModule,
  ],
  providers: [PassIaeRepository, PassIaeViews, PassIaeNotifications, PassIaeService, ProlongationsService],
  exports: [PassIaeService, ProlongationsService],
})
export class PassIaeModule implements OnModuleInit {
  constructor(private readonly templates: MailTemplates) {}

  onModuleInit(): void {
    this.templates.registerDirectory('pass-iae', join(__dirname, 'templates'));
  }
}
