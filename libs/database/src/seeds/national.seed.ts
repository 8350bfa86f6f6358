import { DataSource } from 'typeorm';
import { siretWithKey } from '@iae/core';

/**
 * The national-scale data set the benchmarks use: the guide's counts of SIAE per kind (L191-224),
 * other employers, 100,000 job descriptions and 12,000 prescriber organisations, spread over real
 * communes in proportion to their population. Generated in bulk SQL; idempotent (skips what exists).
 */
export const NATIONAL_SCALE = {
  siae: { ACI: 2331, EI: 1267, AI: 656, ETTI: 455, EITI: 48 },
  otherEmployers: { GEIQ: 450, EA: 700, EATT: 150, OPCS: 200 },
  jobDescriptions: 100_000,
  prescribers: {
    FT: 900,
    ML: 440,
    CAP_EMPLOI: 100,
    CCAS: 3800,
    DEPT: 300,
    ASE: 200,
    PLIE: 150,
    CAF: 100,
    MSA: 35,
    CHRS: 850,
    CHU: 400,
    CADA: 900,
    HUDA: 300,
    SPIP: 200,
    PJJ: 250,
    CIDFF: 100,
    PREVENTION: 450,
    E2C: 130,
    EPIDE: 20,
    AFPA: 100,
    PIJ_BIJ: 400,
    CSAPA: 300,
    OHPD: 500,
    OTHER: 1075,
  },
} as const;

const NAME_STEMS: Record<string, string[]> = {
  ACI: ['Les Jardins de', 'Chantier nature de', 'Ressourcerie de', 'Atelier couture de', 'Recyclerie de', 'Chantier bâtiment de'],
  EI: ['Envie', 'Nettoyage solidaire', 'Bâtir ensemble', 'Restaurant d’insertion', 'Logistique solidaire'],
  AI: ['Tremplin Services', 'Services Plus', 'Agir pour l’emploi', 'Trait d’union'],
  ETTI: ['Id’ées Intérim', 'Intérim Insertion', 'Travail Temporaire Solidaire'],
  EITI: ['Coopérative d’indépendants de'],
  GEIQ: ['GEIQ BTP', 'GEIQ Propreté', 'GEIQ Industrie', 'GEIQ Transport'],
  EA: ['Entreprise adaptée de', 'Atelier adapté'],
  EATT: ['Intérim adapté de'],
  OPCS: ['Maison de l’emploi de', 'Facilitateur clauses sociales de'],
};

interface WeightedCommune {
  code: string;
  name: string;
  postal_code: string;
  latitude: number;
  longitude: number;
}

/** `factor` scales every count (tests use a hundredth); at least one of each. */
export async function seedNational(dataSource: DataSource, options: { log?: (line: string) => void; factor?: number } = {}): Promise<void> {
  const log = options.log ?? console.log;
  const scaled = (count: number) => Math.max(1, Math.round(count * (options.factor ?? 1)));
  const started = Date.now();
  const step = (what: string) => log(`  ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const communes: WeightedCommune[] = await dataSource.query(
    `SELECT code, name, postal_codes[1] AS postal_code, latitude, longitude, greatest(coalesce(population, 0), 50) AS weight
       FROM communes WHERE departement_code NOT IN ('975', '977', '978') ORDER BY code`,
  );
  const cumulative: number[] = [];
  let total = 0;
  for (const c of communes as Array<WeightedCommune & { weight: number }>) cumulative.push((total += Number(c.weight)));
  let seed = 20261123;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pickCommune = () => {
    const r = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return communes[lo];
  };

  const existing = await dataSource.query(`SELECT count(*)::int AS n FROM employers WHERE source = 'seed'`);
  if (existing[0].n === 0) {
    const employers: Array<{ kind: string; name: string; siret: string; commune: WeightedCommune }> = [];
    let serial = 0;
    for (const [kind, count] of Object.entries({ ...NATIONAL_SCALE.siae, ...NATIONAL_SCALE.otherEmployers })) {
      for (let i = 0; i < scaled(count); i++) {
        const commune = pickCommune();
        const stems = NAME_STEMS[kind];
        const stem = stems[i % stems.length];
        employers.push({
          kind,
          name: `${stem} ${stem.endsWith(' de') ? commune.name : `${commune.name}`} ${i + 1}`.replace(/ de ([AEIOUYÉÈaeiouyéè])/, ' d’$1'),
          siret: siretWithKey(`9${String(++serial).padStart(8, '0')}0001`.slice(0, 13)),
          commune,
        });
      }
    }
    for (let offset = 0; offset < employers.length; offset += 5000) {
      const chunk = employers.slice(offset, offset + 5000);
      await dataSource.transaction(async (manager) => {
        const ids: Array<{ id: string }> = await manager.query(
          `INSERT INTO organizations (family, kind, name, siret)
           SELECT 'employer', kind, name, siret FROM unnest($1::text[], $2::text[], $3::text[]) AS t(kind, name, siret)
           RETURNING id`,
          [chunk.map((e) => e.kind), chunk.map((e) => e.name), chunk.map((e) => e.siret)],
        );
        await manager.query(
          `INSERT INTO employers (id, kind, address_line, postal_code, commune_code, latitude, longitude, description, programmes,
                                  spontaneous_candidatures_open, source)
           SELECT id, kind, (n % 150 + 1) || ' rue de la République', postal_code, commune_code, latitude, longitude,
                  'Structure de la base nationale de démonstration.',
                  CASE WHEN kind = 'ACI' AND n % 9 = 0 THEN ARRAY['PHC'] WHEN kind = 'ACI' AND n % 13 = 0 THEN ARRAY['CONVERGENCE'] ELSE '{}' END,
                  n % 4 <> 0, 'seed'
             FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[]) WITH ORDINALITY
                  AS t(id, kind, postal_code, commune_code, latitude, longitude, n)`,
          [
            ids.map((r) => r.id),
            chunk.map((e) => e.kind),
            chunk.map((e) => e.commune.postal_code),
            chunk.map((e) => e.commune.code),
            chunk.map((e) => e.commune.latitude),
            chunk.map((e) => e.commune.longitude),
          ],
        );
      });
    }
    step(`${employers.length} employers`);
  } else {
    step('employers already seeded');
  }

  const [{ jobs }] = await dataSource.query(`SELECT count(*)::int AS jobs FROM job_descriptions j JOIN employers e ON e.id = j.employer_id WHERE e.source = 'seed'`);
  const jobTarget = scaled(NATIONAL_SCALE.jobDescriptions);
  if (jobs < jobTarget) {
    // Each employer gets job descriptions in proportion to its kind (ACI and EI publish the most),
    // in métiers of the referential, with a contract its kind may offer; a tenth elsewhere than its seat.
    await dataSource.query(
      `WITH seeded AS (
         SELECT e.id, e.kind, e.commune_code, row_number() OVER (ORDER BY e.id) AS n, count(*) OVER () AS total
           FROM employers e WHERE e.source = 'seed'),
       appellations AS (SELECT code, row_number() OVER (ORDER BY code) AS n, count(*) OVER () AS total FROM appellations),
       neighbours AS (SELECT code, row_number() OVER (ORDER BY code) AS n, count(*) OVER () AS total FROM communes WHERE population > 5000),
       series AS (SELECT g::bigint AS g FROM generate_series(1, $1::int) g)
       INSERT INTO job_descriptions (employer_id, appellation_code, contract_type, other_contract_type, hours_per_week, open_positions,
                                     location_commune_code, is_resume_mandatory, is_active, last_employer_update_at, description)
       SELECT s.id, a.code,
              CASE s.kind
                WHEN 'GEIQ' THEN (ARRAY['APPRENTICESHIP', 'PROFESSIONAL_TRAINING'])[1 + g % 2]
                WHEN 'EA' THEN (ARRAY['PERMANENT', 'FIXED_TERM', 'FIXED_TERM_TREMPLIN'])[1 + g % 3]
                WHEN 'EATT' THEN 'TEMPORARY'
                WHEN 'EITI' THEN 'BUSINESS_CREATION'
                WHEN 'OPCS' THEN (ARRAY['PERMANENT', 'FIXED_TERM'])[1 + g % 2]
                WHEN 'ETTI' THEN 'TEMPORARY'
                WHEN 'AI' THEN 'FIXED_TERM_USAGE'
                ELSE 'FIXED_TERM_I'
              END,
              NULL,
              CASE WHEN s.kind = 'EITI' THEN NULL ELSE 20 + (g % 17) END,
              1 + g % 4,
              CASE WHEN g % 10 = 0 THEN nb.code END,
              g % 7 = 0,
              g % 20 <> 0,
              now() - ((g % 80) || ' days')::interval,
              'Poste de la base nationale de démonstration.'
         FROM series
         JOIN seeded s ON s.n = 1 + (g * 7919) % s.total
         JOIN appellations a ON a.n = 1 + (g * 104729) % a.total
         JOIN neighbours nb ON nb.n = 1 + (g * 31) % nb.total`,
      [jobTarget - jobs],
    );
    step(`${jobTarget} job descriptions`);
  } else {
    step('job descriptions already seeded');
  }

  const [{ prescribers }] = await dataSource.query(`SELECT count(*)::int AS prescribers FROM prescriber_organizations WHERE description LIKE '%démonstration%'`);
  if (prescribers === 0) {
    const rows: Array<{ kind: string; name: string; siret: string | null; safir: string | null; commune: WeightedCommune; status: string }> = [];
    let serial = 0;
    for (const [kind, count] of Object.entries(NATIONAL_SCALE.prescribers)) {
      for (let i = 0; i < scaled(count); i++) {
        const commune = pickCommune();
        serial++;
        rows.push({
          kind,
          name: `${kind === 'FT' ? 'France Travail' : kind === 'ML' ? 'Mission locale' : kind} ${commune.name} ${i + 1}`,
          siret: kind === 'FT' ? null : siretWithKey(`8${String(serial).padStart(8, '0')}0001`.slice(0, 13)),
          safir: kind === 'FT' ? String(10000 + i).padStart(5, '0') : null,
          commune,
          status: kind === 'OTHER' ? 'not_required' : i % 10 === 0 ? 'not_set' : 'validated',
        });
      }
    }
    for (let offset = 0; offset < rows.length; offset += 5000) {
      const chunk = rows.slice(offset, offset + 5000);
      await dataSource.transaction(async (manager) => {
        const ids: Array<{ id: string }> = await manager.query(
          `INSERT INTO organizations (family, kind, name, siret, authorization_status)
           SELECT 'prescriber', kind, name, siret, status FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(kind, name, siret, status)
           RETURNING id`,
          [chunk.map((r) => r.kind), chunk.map((r) => r.name), chunk.map((r) => r.siret), chunk.map((r) => r.status)],
        );
        await manager.query(
          `INSERT INTO prescriber_organizations (id, kind, safir_code, address_line, postal_code, commune_code, latitude, longitude, description,
                                                 habilitation_basis, habilitation_departement_code, habilitation_valid_until)
           SELECT t.id, t.kind, t.safir, '1 place de la Mairie', t.postal_code, t.commune_code, t.latitude, t.longitude,
                  'Organisation de la base nationale de démonstration.',
                  CASE WHEN t.status <> 'validated' THEN NULL WHEN t.kind = 'OHPD' THEN 'prefectoral' ELSE 'law' END,
                  CASE WHEN t.status = 'validated' AND t.kind = 'OHPD' THEN c.departement_code END,
                  CASE WHEN t.status = 'validated' AND t.kind = 'OHPD' THEN current_date + (t.n % 1500)::int END
             FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[], $8::text[]) WITH ORDINALITY
                  AS t(id, kind, safir, postal_code, commune_code, latitude, longitude, status, n)
             JOIN communes c ON c.code = t.commune_code`,
          [
            ids.map((r) => r.id),
            chunk.map((r) => r.kind),
            chunk.map((r) => r.safir),
            chunk.map((r) => r.commune.postal_code),
            chunk.map((r) => r.commune.code),
            chunk.map((r) => r.commune.latitude),
            chunk.map((r) => r.commune.longitude),
            chunk.map((r) => r.status),
          ],
        );
      });
    }
    step(`${rows.length} prescriber organisations`);
  } else {
    step('prescriber organisations already seeded');
  }
  await dataSource.query('ANALYZE');
  step('statistics refreshed');
}
