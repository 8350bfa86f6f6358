import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { QueueProcessor } from '@iae/core';
import { Outbox } from '@iae/notifications';
import { SEARCH_QUEUE, SearchIndexRequest } from './events';
import { SearchIndexer } from './search-indexer';

/**
 * Applies the changes announced through the outbox. Each job reads its employers or organisations
 * again from the sources, so a job run twice, late or out of order still leaves the index right.
 */
@Injectable()
export class SearchIndexProcessor extends QueueProcessor<SearchIndexRequest['payload'], string> {
  readonly queueName = SEARCH_QUEUE;
  protected override readonly concurrency = 2;

  constructor(
    private readonly indexer: SearchIndexer,
    private readonly outbox: Outbox,
  ) {
    super();
  }

  override onApplicationBootstrap(): void {
    this.startWorker();
    void this.indexer.rebuildIfEmpty().catch((error: Error) => this.logger.warn({ err: error.message }, 'Could not check or rebuild the search index'));
  }

  async process(job: Job<SearchIndexRequest['payload']>): Promise<string> {
    await this.indexer.apply({ jobName: job.name, payload: job.data } as SearchIndexRequest);
    // Indexed: the outbox stops queueing it again (applied twice, a change leaves the index the same).
    await this.outbox.markHandled(job.id!);
    return 'indexed';
  }
}
