import { Module } from '@nestjs/common';
import { StatsRepository, StatsSnapshotRepository } from './stats.repository';
import { StatsService } from './stats.service';

@Module({ providers: [StatsRepository, StatsSnapshotRepository, StatsService], exports: [StatsService] })
export class StatsModule {}
