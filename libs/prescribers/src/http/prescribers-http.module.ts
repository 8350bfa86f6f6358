import { Module } from '@nestjs/common';
import { StorageModule } from '@iae/storage';
import { PrescribersModule } from '../prescribers.module';
import { HabilitationRequestsController } from './habilitation-requests.controller';
import { PrescriberOrganizationsController } from './prescriber-organizations.controller';

@Module({ imports: [PrescribersModule, StorageModule], controllers: [PrescriberOrganizationsController, HabilitationRequestsController] })
export class PrescribersHttpModule {}
