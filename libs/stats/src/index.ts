export { StatsHttpModule } from './http/stats-http.module';
