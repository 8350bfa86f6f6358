import { Module } from '@nestjs/common';
import { SearchIndexProcessor } from './search-index.processor';
import { SearchModule } from './search.module';

/** The worker side: keeps the index up to date. Imported by apps/worker only. */
@Module({ imports: [SearchModule], providers: [SearchIndexProcessor], exports: [SearchIndexProcessor] })
export class SearchWorkerModule {}
