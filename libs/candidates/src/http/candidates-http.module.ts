import { Module } from '@nestjs/common';
import { CandidatesModule } from '../candidates.module';
import { CandidateSelfController } from './candidate-self.controller';
import { CandidatesController } from './candidates.controller';

@Module({ imports: [CandidatesModule], controllers: [CandidatesController, CandidateSelfController] })
export class CandidatesHttpModule {}
