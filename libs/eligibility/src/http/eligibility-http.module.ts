import { Module } from '@nestjs/common';
import { StorageModule } from '@iae/storage';
import { EligibilityModule } from '../eligibility.module';
import { EligibilityController } from './eligibility.controller';

@Module({ imports: [EligibilityModule, StorageModule], controllers: [EligibilityController] })
export class EligibilityHttpModule {}
