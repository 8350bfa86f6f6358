export * from './departements';
export * from './territory.module';
export * from './territory-http.module';
