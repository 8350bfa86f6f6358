export * from './metiers.module';
export * from './metiers-http.module';
