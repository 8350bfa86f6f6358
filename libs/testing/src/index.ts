export * from './test-app';
export * from './smtp-catcher';
export * from './factories';
export * from './worker-database';
export * from './eventually';
export * from './emails';
export * from './files';
