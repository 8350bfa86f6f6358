export { StatsHttpModule } from './http/stats-http.module';
export { StatsModule } from './stats.module';
export { STATS_SNAPSHOTS_JOB } from './stats.service';
