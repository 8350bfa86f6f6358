import { Module } from '@nestjs/common';
import { SearchModule } from './search.module';

/** The worker side: keeps the index up to date. Imported by apps/worker only. */
@Module({ imports: [SearchModule] })
export class SearchWorkerModule {}
