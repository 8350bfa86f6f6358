import { Module } from '@nestjs/common';
import { CommunesService } from './communes.service';
import { DepartementsService } from './departements.service';
import { TerritoryRepository } from './territory.repository';

/** Communes (with centre points), départements, régions, distances. */
@Module({
  providers: [CommunesService, DepartementsService, TerritoryRepository],
  exports: [CommunesService, DepartementsService],
})
export class TerritoryModule {}
