// The client ships as ES modules with `exports` only, which this CommonJS build's module
// resolution does not read; its own declarations are re-exported under the package name.
declare module 'meilisearch' {
  export * from 'meilisearch/dist/index';
}
