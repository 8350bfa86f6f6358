// What other contexts, the apps and the bench may use of search (issue 13: an explicit surface).
export { SEARCH_QUEUE, SearchJobs, type SearchIndexRequest } from './events';
export { SearchModule } from './search.module';
export { SearchWorkerModule } from './search-worker.module';
export { SearchHttpModule } from './http/search-http.module';
export {
  SearchService,
  type JobOfferResult,
  type PrescriberResult,
  type PrescriberSearchInput,
  type SearchInput,
  type SearchPage,
  type StructureResult,
  type Suggestion,
} from './search.service';
export { SearchEngine, type SearchRequest } from './search-engine';
export { SearchIndexer } from './search-indexer';
export { MeilisearchEngine } from './meilisearch/meilisearch.engine';
export { PostgresSearchEngine } from './postgres/postgres-search.engine';
export { INDEX_SETTINGS } from './meilisearch/index-settings';
