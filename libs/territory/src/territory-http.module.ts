import { Module } from '@nestjs/common';
import { TerritoryModule } from './territory.module';

@Module({ imports: [TerritoryModule] })
export class TerritoryHttpModule {}
