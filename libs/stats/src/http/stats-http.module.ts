import { Module } from '@nestjs/common';
import { StatsModule } from '../stats.module';
import { StatsController } from './stats.controller';

@Module({ imports: [StatsModule], controllers: [StatsController] })
export class StatsHttpModule {}
