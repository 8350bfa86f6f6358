import { Module } from '@nestjs/common';

/** The search port, its PostgreSQL and Meilisearch adapters, and the indexer. */
@Module({})
export class SearchModule {}
