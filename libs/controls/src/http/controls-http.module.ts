import { Module } from '@nestjs/common';
import { StorageModule } from '@iae/storage';
import { ControlsModule } from '../controls.module';
import { ControlCampaignsController } from './control-campaigns.controller';
import { ControlEvaluationsController } from './control-evaluations.controller';
import { HabilitationBoardController } from './habilitation-board.controller';

@Module({ imports: [ControlsModule, StorageModule], controllers: [ControlCampaignsController, ControlEvaluationsController, HabilitationBoardController] })
export class ControlsHttpModule {}
