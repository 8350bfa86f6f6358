import { MigrationInterface, QueryRunner } from 'typeorm';
// The métiers library owns its data and its normalisation; this migration loads them once.
import { STARTER_DOMAINS, STARTER_ROMES } from './data/1763900000200-metiers.starter-set';

/**
 * A frozen copy of the application's normalizeLabel() (libs/metiers/src/rules/normalize.ts) as it stood when this
 * migration landed: a migration never changes when the code does.
 */
function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The ROME referential: the 14 domains, the métiers (ROME codes) and their appellations (OGR codes),
 * keyed by France Travail's own codes, with the starter set SIAE need first. The full referential
 * comes later from `npm run import:rome`, which upserts into the same tables.
 */
export class Metiers1763900000200 implements MigrationInterface {
  name = 'Metiers1763900000200';

  async up(db: QueryRunner): Promise<void> {
    // Also created by the territory migration; repeated so this one stands on its own.
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

    await db.query(`
      CREATE TABLE rome_domains (
        letter char(1) PRIMARY KEY,
        label text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT rome_domains_letter_check CHECK (letter BETWEEN 'A' AND 'N'),
        CONSTRAINT rome_domains_label_check CHECK (length(btrim(label)) > 0)
      )`);

    await db.query(`
      CREATE TABLE romes (
        code char(5) PRIMARY KEY,
        label text NOT NULL,
        domain_letter char(1) NOT NULL REFERENCES rome_domains(letter),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT romes_code_check CHECK (code ~ '^[A-N][0-9]{4}$'),
        CONSTRAINT romes_domain_letter_check CHECK (domain_letter = left(code, 1)),
        CONSTRAINT romes_label_check CHECK (length(btrim(label)) > 0)
      )`);
    await db.query(`CREATE INDEX romes_domain_letter_idx ON romes (domain_letter)`);

    // normalized_label is written by the application's normalizeLabel(), the same function that
    // normalises what people type; the check keeps any other writer honest.
    await db.query(`
      CREATE TABLE appellations (
        code text PRIMARY KEY,
        label text NOT NULL,
        rome_code char(5) NOT NULL REFERENCES romes(code),
        normalized_label text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT appellations_code_check CHECK (code ~ '^[0-9]{1,9}$'),
        CONSTRAINT appellations_label_check CHECK (length(btrim(label)) > 0),
        CONSTRAINT appellations_normalized_label_check CHECK (normalized_label ~ '^[a-z0-9]+( [a-z0-9]+)*$')
      )`);
    await db.query(`CREATE INDEX appellations_rome_code_idx ON appellations (rome_code, label)`);
    // Autocomplete: trigrams for words anywhere and typos, text_pattern_ops for label prefixes.
    await db.query(`CREATE INDEX appellations_normalized_label_trgm_idx ON appellations USING gin (normalized_label gin_trgm_ops)`);
    await db.query(`CREATE INDEX appellations_normalized_label_prefix_idx ON appellations (normalized_label text_pattern_ops)`);

    for (const table of ['rome_domains', 'romes', 'appellations']) {
      await db.query(`CREATE TRIGGER ${table}_updated_at BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION set_updated_at()`);
    }

    await db.query(`INSERT INTO rome_domains (letter, label) SELECT * FROM unnest($1::text[], $2::text[])`, [
      STARTER_DOMAINS.map((d) => d.letter),
      STARTER_DOMAINS.map((d) => d.label),
    ]);
    await db.query(`INSERT INTO romes (code, label, domain_letter) SELECT code, label, left(code, 1) FROM unnest($1::text[], $2::text[]) AS r(code, label)`, [
      STARTER_ROMES.map((r) => r.code),
      STARTER_ROMES.map((r) => r.label),
    ]);
    const appellations = STARTER_ROMES.flatMap((rome) => rome.appellations.map(([code, label]) => ({ code, label, romeCode: rome.code })));
    await db.query(`INSERT INTO appellations (code, label, rome_code, normalized_label) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])`, [
      appellations.map((a) => a.code),
      appellations.map((a) => a.label),
      appellations.map((a) => a.romeCode),
      appellations.map((a) => normalizeLabel(a.label)),
    ]);

    // The words of the labels, with how many labels hold each: how rare a typed word is, and what
    // a mistyped one was meant to be. A view, refreshed by the import, so it never drifts from the labels.
    await db.query(`
      CREATE MATERIALIZED VIEW appellation_words AS
        SELECT word, count(*)::int AS labels
        FROM appellations, unnest(string_to_array(normalized_label, ' ')) AS word
        GROUP BY word`);
    await db.query(`CREATE UNIQUE INDEX appellation_words_word_idx ON appellation_words (word text_pattern_ops)`);
    await db.query(`CREATE INDEX appellation_words_word_trgm_idx ON appellation_words USING gin (word gin_trgm_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP MATERIALIZED VIEW appellation_words`);
    await db.query(`DROP TABLE appellations`);
    await db.query(`DROP TABLE romes`);
    await db.query(`DROP TABLE rome_domains`);
  }
}
