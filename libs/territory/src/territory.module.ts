import { Module } from '@nestjs/common';
import { CommunesService } from './communes.service';
import { DepartementsService } from './departements.service';

/** Communes (with centre points), départements, régions, distances. */
@Module({
  providers: [CommunesService, DepartementsService],
  exports: [CommunesService, DepartementsService],
})
export class TerritoryModule {}
