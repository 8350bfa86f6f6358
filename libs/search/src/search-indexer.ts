import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ScheduledJobs } from '@iae/core';
import { SearchIndexRequest, SearchJobs } from './events';
import { RebuildOptions, RebuildProgress, RebuildReport, SearchEngine } from './search-engine';
import { SearchSources } from './search-sources.repository';

/**
 * Feeds the engine: the changes other contexts announce through the outbox, the hourly copy of
 * each structure's recent candidatures (fair ranking), and full rebuilds (`npm run search:reindex`).
 */
@Injectable()
export class SearchIndexer implements OnModuleInit {
  private readonly logger = new Logger(SearchIndexer.name);

  constructor(
    private readonly engine: SearchEngine,
    private readonly sources: SearchSources,
    private readonly jobs: ScheduledJobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'search.refresh-candidature-counts',
      description: 'Recopie dans l’index de recherche les candidatures récentes de chaque structure, qui départagent les résultats également pertinents.',
      cron: '7 * * * *',
      run: async ({ dryRun }) => {
        const employers = await this.engine.refreshCandidatureCounts({ dryRun });
        return { summary: `${employers} structure(s) ${dryRun ? 'to re-index' : 're-indexed'} with their recent candidatures`, employers };
      },
    });
  }

  async apply(request: Pick<SearchIndexRequest, 'jobName' | 'payload'>): Promise<void> {
    switch (request.jobName) {
      case SearchJobs.employers:
        return this.engine.indexEmployers(unique((request.payload as { employerIds: string[] }).employerIds));
      case SearchJobs.prescribers:
        return this.engine.indexPrescribers(unique((request.payload as { organizationIds: string[] }).organizationIds));
      default:
        throw new Error(`Unknown search job ${String(request.jobName)}`);
    }
  }

  async rebuild(progress: RebuildProgress = () => undefined, options?: RebuildOptions): Promise<RebuildReport> {
    await this.engine.prepare();
    return this.engine.rebuild(progress, options);
  }

  /**
   * A worker finding an empty index beside existing structures (a new database seeded by SQL,
   * a new Meilisearch) rebuilds it rather than answer nothing until someone thinks of it.
   */
  async rebuildIfEmpty(): Promise<void> {
    await this.engine.prepare();
    if (!(await this.engine.isEmpty()) || !(await this.sources.hasEmployers())) return;
    this.logger.log('Search index empty: rebuilding it');
    const report = await this.rebuild();
    this.logger.log(report, 'Search index rebuilt');
  }
}

const unique = (ids: string[] | undefined) => [...new Set(ids ?? [])];
