import { EntityManager } from 'typeorm';
import { STARTER_DOMAINS } from '../data/starter-set';
import { normalizeLabel } from '../rules/normalize';
import { domainOf } from '../rules/rome-codes';
import { RomeFileError, RomeImport } from './rome-files';

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface RomeImportCounts {
  domains: UpsertCounts;
  romes: UpsertCounts;
  appellations: UpsertCounts;
}

/**
 * Writes the rows in place of any older version, in the caller's transaction. A row whose
 * values did not change is not touched (updated_at stays), so importing twice changes nothing.
 * Nothing is deleted: job descriptions keep pointing at codes a newer referential dropped.
 */
export async function upsertRomeReferential(manager: EntityManager, data: RomeImport): Promise<RomeImportCounts> {
  await checkRomesExist(manager, data);

  // Domains a métier needs exist from the first migration; the fallback only covers a pruned table.
  const starterLabels = new Map(STARTER_DOMAINS.map((d) => [d.letter, d.label]));
  const neededLetters = [...new Set(data.romes.map((rome) => domainOf(rome.code)))].filter((letter) => !data.domains.some((d) => d.letter === letter));
  if (neededLetters.length) {
    await manager.query(`INSERT INTO rome_domains (letter, label) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (letter) DO NOTHING`, [
      neededLetters,
      neededLetters.map((letter) => starterLabels.get(letter) ?? letter),
    ]);
  }

  const domains = await upsert(
    manager,
    data.domains.length,
    `INSERT INTO rome_domains AS t (letter, label)
     SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT (letter) DO UPDATE SET label = EXCLUDED.label
     WHERE t.label IS DISTINCT FROM EXCLUDED.label
     RETURNING (xmax = 0) AS inserted`,
    [data.domains.map((d) => d.letter), data.domains.map((d) => d.label)],
  );
  const romes = await upsert(
    manager,
    data.romes.length,
    `INSERT INTO romes AS t (code, label, domain_letter)
     SELECT code, label, left(code, 1) FROM unnest($1::text[], $2::text[]) AS r(code, label)
     ON CONFLICT (code) DO UPDATE SET label = EXCLUDED.label, domain_letter = EXCLUDED.domain_letter
     WHERE (t.label, t.domain_letter) IS DISTINCT FROM (EXCLUDED.label, EXCLUDED.domain_letter)
     RETURNING (xmax = 0) AS inserted`,
    [data.romes.map((r) => r.code), data.romes.map((r) => r.label)],
  );
  const appellations = await upsert(
    manager,
    data.appellations.length,
    `INSERT INTO appellations AS t (code, label, rome_code, normalized_label)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
     ON CONFLICT (code) DO UPDATE SET label = EXCLUDED.label, rome_code = EXCLUDED.rome_code, normalized_label = EXCLUDED.normalized_label
     WHERE (t.label, t.rome_code, t.normalized_label) IS DISTINCT FROM (EXCLUDED.label, EXCLUDED.rome_code, EXCLUDED.normalized_label)
     RETURNING (xmax = 0) AS inserted`,
    [
      data.appellations.map((a) => a.code),
      data.appellations.map((a) => a.label),
      data.appellations.map((a) => a.romeCode),
      data.appellations.map((a) => normalizeLabel(a.label)),
    ],
  );
  if (appellations.inserted + appellations.updated > 0) {
    // CONCURRENTLY: searches keep reading the previous words meanwhile.
    await manager.query(`REFRESH MATERIALIZED VIEW CONCURRENTLY appellation_words`);
  }
  return { domains, romes, appellations };
}

async function upsert(manager: EntityManager, total: number, sql: string, params: unknown[]): Promise<UpsertCounts> {
  if (!total) return { inserted: 0, updated: 0, unchanged: 0 };
  const rows: Array<{ inserted: boolean }> = await manager.query(sql, params);
  const inserted = rows.filter((row) => row.inserted).length;
  return { inserted, updated: rows.length - inserted, unchanged: total - rows.length };
}

/** An appellation must belong to a métier of the files or of the database. */
async function checkRomesExist(manager: EntityManager, data: RomeImport): Promise<void> {
  const imported = new Set(data.romes.map((rome) => rome.code));
  const referenced = [...new Set(data.appellations.map((a) => a.romeCode).filter((code) => !imported.has(code)))];
  if (!referenced.length) return;
  const rows: Array<{ code: string }> = await manager.query(`SELECT code FROM romes WHERE code = ANY($1::text[])`, [referenced]);
  const known = new Set(rows.map((row) => row.code));
  const missing = referenced.filter((code) => !known.has(code));
  if (missing.length) {
    const examples = missing.slice(0, 10).map((code) => `${code} (appellation ${data.appellations.find((a) => a.romeCode === code)?.code})`);
    throw new RomeFileError(
      `${missing.length} ROME code(s) used by appellations are neither in the files nor in the database: ${examples.join(', ')}${missing.length > 10 ? ', …' : ''}. ` +
        'Import unix_referentiel_code_rome_*.csv with the appellations.',
    );
  }
}
