import { Module } from '@nestjs/common';
import { AppConfig } from '@iae/core';
import { MetiersModule } from '@iae/metiers';
import { TerritoryModule } from '@iae/territory';
import { MeilisearchEngine } from './meilisearch/meilisearch.engine';
import { PostgresSearchEngine } from './postgres/postgres-search.engine';
import { SearchEngine } from './search-engine';
import { SearchIndexer } from './search-indexer';
import { SearchSources } from './search-sources.repository';
import { SearchService } from './search.service';

/** The search port, its PostgreSQL and Meilisearch adapters, and the indexer. */
@Module({
  imports: [TerritoryModule, MetiersModule],
  providers: [
    SearchSources,
    PostgresSearchEngine,
    MeilisearchEngine,
    {
      provide: SearchEngine,
      inject: [AppConfig, PostgresSearchEngine, MeilisearchEngine],
      useFactory: (config: AppConfig, postgres: PostgresSearchEngine, meilisearch: MeilisearchEngine) =>
        config.search.engine === 'meilisearch' ? meilisearch : postgres,
    },
    SearchService,
    SearchIndexer,
  ],
  exports: [SearchService, SearchEngine, SearchIndexer],
})
export class SearchModule {}
