import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OfferPlaces, StemShares, offerPlaces } from './search-start';

export interface OfferStatisticsSnapshot {
  offers: number;
  places: OfferPlaces;
  /** Null until PostgreSQL has analysed the offers: then the engine lets the planner choose. */
  stems: StemShares | null;
}

/** Offers move slowly against searches: a minute-old picture chooses as well. */
const REFRESH_MS = 60_000;

/**
 * What the engine knows of its offers to choose where a search starts: how many stand at each
 * place, and how common each stem is (PostgreSQL's own statistics of the text column). The first
 * picture is waited for once; later ones replace it in the background, a minute apart.
 */
export class OfferStatistics {
  private readonly logger = new Logger(OfferStatistics.name);
  private snapshot: OfferStatisticsSnapshot | null = null;
  private triedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly dataSource: DataSource) {}

  /** The latest picture, or null while none could be read (the planner then chooses alone): a search never fails for it. */
  async current(): Promise<OfferStatisticsSnapshot | null> {
    if (Date.now() - this.triedAt > REFRESH_MS) {
      this.triedAt = Date.now();
      const reading = this.load().catch((error: Error) => {
        this.logger.warn(`Offer statistics not read (${error.message}); searches let the planner choose until the next try.`);
        return this.snapshot;
      });
      if (!this.snapshot) return reading;
    }
    return this.snapshot;
  }

  private async load(): Promise<OfferStatisticsSnapshot> {
    const [places, stems] = await Promise.all([
      this.dataSource.query(`SELECT latitude, longitude, count(*)::int AS offers FROM search_job_offers GROUP BY latitude, longitude`) as Promise<
        Array<{ latitude: number; longitude: number; offers: number }>
      >,
      this.dataSource.query(
        `SELECT most_common_elems::text::text[] AS stems, most_common_elem_freqs AS shares
           FROM pg_stats
          WHERE schemaname = current_schema() AND tablename = 'search_job_offers' AND attname = 'document' AND NOT inherited`,
      ) as Promise<Array<{ stems: string[] | null; shares: number[] | null }>>,
    ]);
    this.snapshot = { offers: places.reduce((sum, place) => sum + place.offers, 0), places: offerPlaces(places), stems: stemShares(stems[0]) };
    return this.snapshot;
  }
}

/**
 * A text column's frequencies end with two figures of their own, the least and the most frequent (the planner
 * ignores statistics of another length, and so does this).
 */
function stemShares(row: { stems: string[] | null; shares: number[] | null } | undefined): StemShares | null {
  if (!row?.stems?.length || row.shares?.length !== row.stems.length + 2) return null;
  const { stems, shares } = row;
  return { shares: new Map(stems.map((stem, index) => [stem, shares[index]])), unlisted: shares[stems.length] / 2 };
}
