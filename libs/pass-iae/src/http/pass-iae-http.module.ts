import { Module } from '@nestjs/common';
import { StorageModule } from '@iae/storage';
import { PassIaeModule } from '../pass-iae.module';
import { PassIaeController } from './pass-iae.controller';
import { ProlongationRequestsController } from './prolongation-requests.controller';

@Module({ imports: [PassIaeModule, StorageModule], controllers: [PassIaeController, ProlongationRequestsController] })
export class PassIaeHttpModule {}
