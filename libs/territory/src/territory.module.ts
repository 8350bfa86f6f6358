import { Module } from '@nestjs/common';

/** Communes (with centre points), départements, régions, distances. */
@Module({})
export class TerritoryModule {}
