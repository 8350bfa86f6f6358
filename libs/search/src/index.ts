export * from './search.module';
export * from './search-worker.module';
export * from './http/search-http.module';
