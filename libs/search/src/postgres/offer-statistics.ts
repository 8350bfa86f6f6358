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
 * place, and how common each stem is (PostgreSQL's own statistics of the text column). Read once,
 * then again in the background when a minute old; searches never wait for a refresh.
 */
export class OfferStatistics {
  private snapshot: OfferStatisticsSnapshot | null = null;
  private readAt = 0;
  private reading: Promise<OfferStatisticsSnapshot> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async current(): Promise<OfferStatisticsSnapshot> {
    if (!this.snapshot) return this.read();
    if (Date.now() - this.readAt > REFRESH_MS) void this.read().catch(() => undefined);
    return this.snapshot;
  }

  private read(): Promise<OfferStatisticsSnapshot> {
    this.reading ??= this.load().finally(() => (this.reading = null));
    return this.reading;
  }

  private async load(): Promise<OfferStatisticsSnapshot> {
    const [places, stems] = await Promise.all([
      this.dataSource.query(`SELECT latitude, longitude, count(*)::int AS offers FROM search_job_offers GROUP BY latitude, longitude`) as Promise<
        Array<{ latitude: number; longitude: number; offers: number }>
      >,
      this.dataSource.query(
        // The frequencies end with three figures of their own: the least and most frequent, and the share without text.
        `SELECT most_common_elems::text::text[] AS stems, most_common_elem_freqs AS shares
           FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'search_job_offers' AND attname = 'document'`,
      ) as Promise<Array<{ stems: string[] | null; shares: number[] | null }>>,
    ]);
    const listed = stems[0]?.stems?.length ? stems[0] : null;
    this.snapshot = {
      offers: places.reduce((sum, place) => sum + place.offers, 0),
      places: offerPlaces(places),
      stems: listed
        ? {
            shares: new Map(listed.stems!.map((stem, index) => [stem, listed.shares![index]])),
            unlisted: listed.shares![listed.stems!.length] / 2,
          }
        : null,
    };
    this.readAt = Date.now();
    return this.snapshot;
  }
}
