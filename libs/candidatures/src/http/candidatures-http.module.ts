import { Module } from '@nestjs/common';
import { StorageModule } from '@iae/storage';
import { CandidaturesModule } from '../candidatures.module';
import { CandidatureTransitionsController } from './candidature-transitions.controller';
import { CandidaturesController } from './candidatures.controller';

@Module({ imports: [CandidaturesModule, StorageModule], controllers: [CandidaturesController, CandidatureTransitionsController] })
export class CandidaturesHttpModule {}
