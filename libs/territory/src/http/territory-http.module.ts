import { Module } from '@nestjs/common';
import { TerritoryModule } from '../territory.module';
import { CommunesController } from './communes.controller';
import { DepartementsController } from './departements.controller';

@Module({
  imports: [TerritoryModule],
  controllers: [CommunesController, DepartementsController],
})
export class TerritoryHttpModule {}
