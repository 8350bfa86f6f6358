import { Module } from '@nestjs/common';
import { NotificationsModule } from '@iae/notifications';
import { SearchIndexProcessor } from './search-index.processor';
import { SearchModule } from './search.module';

/** The worker side: keeps the index up to date. Imported by apps/worker only. */
@Module({ imports: [SearchModule, NotificationsModule], providers: [SearchIndexProcessor], exports: [SearchIndexProcessor] })
export class SearchWorkerModule {}
