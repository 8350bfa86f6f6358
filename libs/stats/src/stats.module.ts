import { Module } from '@nestjs/common';
import { StatsRepository, StatsSnapshotRepository } from './stats.repository';
import { StatsService } from './stats.service';
import { StatsDaysRepository } from './stats-days.repository';

@Module({ providers: [StatsRepository, StatsSnapshotRepository, StatsDaysRepository, StatsService], exports: [StatsService] })
export class StatsModule {}
