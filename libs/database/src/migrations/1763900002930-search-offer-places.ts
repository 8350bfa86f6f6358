import { MigrationInterface, QueryRunner } from 'typeorm';

const OFFER_INDEX_COLUMNS = `id, active_until, employer_kind, kinds, contract_type, departement_code, domain_letter, rome_code, appellation_code,
  hours_per_week, is_resume_mandatory, spontaneous_candidatures_open, updated_at, recent_candidatures, employer_open_positions`;

/**
 * Offers stand by the dozen at their commune's centre (about 27 a place nationally, thousands in Paris): a search
 * from the place finds the places within its circle (a small GiST), then reads their offers from a b-tree, index-only,
 * several times faster per offer than the offers' own GiST, and decides the circle once per place instead of per
 * offer. A trigger adds the places of the offers written (whoever writes them); a rebuild drops the places left
 * without any.
 * The offers' GiST is kept, without its included columns, for searches that cross it with the text index.
 */
export class SearchOfferPlaces1763900002930 implements MigrationInterface {
  name = 'SearchOfferPlaces1763900002930';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE search_offer_places (
        latitude double precision NOT NULL,
        longitude double precision NOT NULL,
        location earth GENERATED ALWAYS AS (ll_to_earth(latitude, longitude)) STORED,
        PRIMARY KEY (latitude, longitude)
      )`);
    await db.query(`CREATE INDEX search_offer_places_location_idx ON search_offer_places USING gist (location)`);
    // In order, so that two writers adding the same places never wait for each other crosswise.
    await db.query(`
      CREATE FUNCTION search_offer_places_add() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_offer_places (latitude, longitude)
        SELECT DISTINCT latitude, longitude FROM written ORDER BY latitude, longitude
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END $$`);
    for (const event of ['INSERT', 'UPDATE']) {
      await db.query(`
        CREATE TRIGGER search_offer_places_on_${event.toLowerCase()} AFTER ${event} ON search_job_offers
        REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION search_offer_places_add()`);
    }
    await db.query(`INSERT INTO search_offer_places (latitude, longitude) SELECT DISTINCT latitude, longitude FROM search_job_offers`);
    await db.query(`CREATE INDEX search_job_offers_place_idx ON search_job_offers (latitude, longitude) INCLUDE (${OFFER_INDEX_COLUMNS})`);
    // Built beside the old one, which is swapped out last: dropping an index locks its table against searches until
    // the migration commits, which must not span the build.
    await db.query(`CREATE INDEX search_job_offers_location_new_idx ON search_job_offers USING gist (location)`);
    await db.query(`ANALYZE search_offer_places, search_job_offers`);
    await db.query(`DROP INDEX search_job_offers_location_idx`);
    await db.query(`ALTER INDEX search_job_offers_location_new_idx RENAME TO search_job_offers_location_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX search_job_offers_location_old_idx ON search_job_offers USING gist (location) INCLUDE (${OFFER_INDEX_COLUMNS})`);
    await db.query(`DROP INDEX search_job_offers_location_idx`);
    await db.query(`ALTER INDEX search_job_offers_location_old_idx RENAME TO search_job_offers_location_idx`);
    await db.query(`DROP INDEX search_job_offers_place_idx`);
    await db.query(`DROP TRIGGER search_offer_places_on_insert ON search_job_offers`);
    await db.query(`DROP TRIGGER search_offer_places_on_update ON search_job_offers`);
    await db.query(`DROP FUNCTION search_offer_places_add()`);
    await db.query(`DROP TABLE search_offer_places`);
  }
}
