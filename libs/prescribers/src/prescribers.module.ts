import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { join } from 'node:path';
import { IdentityModule } from '@iae/identity';
import { MailTemplates, NotificationsModule } from '@iae/notifications';
import { StorageModule } from '@iae/storage';
import { TerritoryModule } from '@iae/territory';
import { AwaitingAuthorization } from './awaiting-authorization';
import { HabilitationRequest, HabilitationRequestDocument, HabilitationRequestMessage } from './habilitation-request.entity';
import { HabilitationRequestsRepository } from './habilitation-requests.repository';
import { HabilitationRequestsService } from './habilitation-requests.service';
import { PrescriberNotifications } from './prescriber-notifications';
import { PrescriberOrganization } from './prescriber-organization.entity';
import { PrescribersRepository } from './prescribers.repository';
import { PrescriberOrganizationsService } from './prescriber-organizations.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([PrescriberOrganization, HabilitationRequest, HabilitationRequestDocument, HabilitationRequestMessage]),
    IdentityModule,
    NotificationsModule,
    StorageModule,
    TerritoryModule,
  ],
  providers: [
    PrescribersRepository,
    HabilitationRequestsRepository,
    PrescriberOrganizationsService,
    HabilitationRequestsService,
    AwaitingAuthorization,
    PrescriberNotifications,
  ],
  exports: [PrescriberOrganizationsService, HabilitationRequestsService, AwaitingAuthorization],
})
export class PrescribersModule implements OnModuleInit {
  constructor(private readonly templates: MailTemplates) {}

  onModuleInit(): void {
    this.templates.registerDirectory('prescribers', join(__dirname, 'templates'));
  }
}
