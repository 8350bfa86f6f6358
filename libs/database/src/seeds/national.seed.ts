import { DataSource } from 'typeorm';
import { siretWithKey } from '@iae/core';

/**
 * The national-scale data set the benchmarks use: the guide's counts of SIAE per kind (L191-224),
 * other employers, 100,000 job descriptions and 12,000 prescriber organisations, spread over real
 * communes in proportion to their population; 1 million candidates with 2 million eligibility
 * diagnoses and 2 million candidatures (a quarter of the first ones hired, with their PASS IAE).
 * Generated in bulk SQL; idempotent (skips what exists).
 */
export const NATIONAL_SCALE = {
  siae: { ACI: 2331, EI: 1267, AI: 656, ETTI: 455, EITI: 48 },
  otherEmployers: { GEIQ: 450, EA: 700, EATT: 150, OPCS: 200 },
  jobDescriptions: 100_000,
  /** The issue's figure for the eligibility benchmark: 1 million candidates, 2 diagnoses each. */
  candidates: 1_000_000,
  diagnosesPerCandidate: 2,
  /** Two candidatures per candidate: the SIAE inbox is measured with 2 million. */
  candidaturesPerCandidate: 2,
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
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
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

  const [{ jobs }] = await dataSource.query(
    `SELECT count(*)::int AS jobs FROM job_descriptions j JOIN employers e ON e.id = j.employer_id WHERE e.source = 'seed'`,
  );
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

  const [{ prescribers }] = await dataSource.query(
    `SELECT count(*)::int AS prescribers FROM prescriber_organizations WHERE description LIKE '%démonstration%'`,
  );
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
  await seedCandidates(dataSource, scaled(NATIONAL_SCALE.candidates), step);
  await seedCandidatures(dataSource, step);
  await dataSource.query('ANALYZE');
  step('statistics refreshed');
}

const CANDIDATE_CHUNK = 50_000;

/** Seeded candidates: an organisation but no user as creator, no account, born abroad (the demo's people are born in France); `c` is the row. */
const NO_CANDIDATE = '00000000-0000-0000-0000-000000000000';
const SEEDED_CANDIDATE = `c.created_by_user_id IS NULL AND c.created_by_organization_id IS NOT NULL AND c.user_id IS NULL AND c.birth_country <> 'FR'`;

/**
 * Candidates followed by habilitated prescribers, each with an old expired prescriber diagnosis and
 * a current one: a third by a SIAE for itself (92 days, one level-1 criterion), the rest by a
 * prescriber (6 months). NIRs are of people born abroad (département 99), unique by serial; see
 * SEEDED_CANDIDATE for what tells seeded candidates.
 */
async function seedCandidates(dataSource: DataSource, target: number, step: (what: string) => void): Promise<void> {
  const [{ existing }] = await dataSource.query(`SELECT count(*)::int AS existing FROM candidates c WHERE ${SEEDED_CANDIDATE}`);
  if (existing >= target) {
    step('candidates and eligibility diagnoses already seeded');
    return;
  }
  for (let from = existing + 1; from <= target; from += CANDIDATE_CHUNK) {
    const to = Math.min(target, from + CANDIDATE_CHUNK - 1);
    await dataSource.query(
      // Random picks index arrays: a join on a computed row number would compare every pair.
      `WITH series AS (SELECT g FROM generate_series($1::int, $2::int) g),
       lookup AS (
         SELECT (SELECT array_agg(code ORDER BY code) FROM communes WHERE population > 2000) AS places,
                (SELECT array_agg(o.id ORDER BY o.id) FROM organizations o JOIN prescriber_organizations p ON p.id = o.id
                  WHERE o.authorization_status = 'validated') AS prescribers,
                (SELECT array_agg(id ORDER BY id) FROM employers WHERE source = 'seed' AND kind IN ('ACI', 'AI', 'EI', 'ETTI', 'EITI')) AS siae),
       people AS (
         SELECT g, CASE WHEN g % 2 = 0 THEN 'MME' ELSE 'M' END AS title, date '1962-01-01' + ((g::bigint * 7919) % 16800)::int AS birth_date,
                l.places[1 + (g::bigint * 104729) % cardinality(l.places)] AS place_code,
                l.prescribers[1 + (g::bigint * 31) % cardinality(l.prescribers)] AS prescriber_id
           FROM series, lookup l),
       numbered AS (
         SELECT people.*, CASE WHEN g % 2 = 0 THEN '2' ELSE '1' END || to_char(birth_date, 'YYMM') || '99' || lpad((g % 1000000)::text, 6, '0') AS first13
           FROM people),
       inserted AS (
         INSERT INTO candidates (title, first_name, last_name, birth_date, birth_country, nir, nir_missing_reason, france_travail_id,
                                 france_travail_id_missing_reason, email, address_line, postal_code, commune_code, latitude, longitude,
                                 education_level, rsa_since, unemployed_since, lone_parent, housing, lives_in_qpv, created_by_organization_id)
         SELECT n.title,
                (ARRAY['Camille', 'Léa', 'Nadia', 'Thomas', 'Mamadou', 'Sarah', 'Yanis', 'Chloé', 'Hugo', 'Fatou', 'Julie', 'Kevin'])[1 + g % 12],
                (ARRAY['Martin', 'Bernard', 'Dubois', 'Lefebvre', 'Traoré', 'Nguyen', 'Roux', 'Fontaine', 'Chevalier', 'Haddad', 'Perrin', 'Faure',
                       'Garcia', 'Diallo', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Leroy', 'Mercier'])[1 + (g / 12) % 20],
                n.birth_date,
                (ARRAY['MA', 'DZ', 'TN', 'SN', 'ML', 'PT', 'TR', 'RO'])[1 + g % 8],
                CASE WHEN g % 20 = 0 THEN NULL ELSE n.first13 || lpad((97 - n.first13::bigint % 97)::text, 2, '0') END,
                CASE WHEN g % 20 = 0 THEN 'no_nir' END,
                CASE WHEN g % 3 = 0 THEN NULL ELSE lpad(g::text, 7, '0') || 'S' END,
                CASE WHEN g % 3 = 0 THEN 'not_registered' END,
                CASE WHEN g % 4 <> 0 THEN 'candidat.' || g || '@exemple.fr' END,
                '1 rue de la République', pl.postal_codes[1], pl.code, pl.latitude, pl.longitude,
                (ARRAY['none', 'primary', 'level_3', 'level_4', 'level_5'])[1 + g % 5],
                CASE WHEN g % 5 = 0 THEN date '2024-01-01' + (g % 600) END,
                CASE WHEN g % 3 = 0 THEN date '2022-01-01' + (g % 1400) END,
                g % 9 = 0,
                CASE WHEN g % 11 = 0 THEN 'hosted' ELSE 'stable' END,
                CASE WHEN g % 7 = 0 THEN true END,
                n.prescriber_id
           FROM numbered n
           JOIN communes pl ON pl.code = n.place_code
         RETURNING id, created_by_organization_id, abs(hashtext(id::text)) AS h),
       assigned AS (
         INSERT INTO candidate_assignments (candidate_id, organization_id, reason) SELECT id, created_by_organization_id, 'created' FROM inserted),
       old_diagnoses AS (
         INSERT INTO eligibility_diagnoses (candidate_id, author_kind, author_organization_id, created_on, expires_on)
         SELECT id, 'prescriber', created_by_organization_id, d, (d + interval '6 months')::date
           FROM inserted, LATERAL (SELECT current_date - 400 - h % 300 AS d) x),
       current_diagnoses AS (
         INSERT INTO eligibility_diagnoses (candidate_id, author_kind, author_organization_id, employer_kind, created_on, expires_on)
         SELECT i.id,
                CASE WHEN i.h % 3 = 0 THEN 'employer' ELSE 'prescriber' END,
                CASE WHEN i.h % 3 = 0 THEN s.id ELSE i.created_by_organization_id END,
                CASE WHEN i.h % 3 = 0 THEN s.kind END,
                x.d,
                CASE WHEN i.h % 3 = 0 THEN x.d + 92 ELSE (x.d + interval '6 months')::date END
           FROM inserted i
           CROSS JOIN lookup l
           JOIN employers s ON s.id = l.siae[1 + (i.h / 3) % cardinality(l.siae)],
                LATERAL (SELECT current_date - ((i.h / 7) % 240)::int AS d) x
         RETURNING id, author_kind)
       INSERT INTO eligibility_diagnosis_criteria (diagnosis_id, criterion_key)
       SELECT id, 'RSA' FROM current_diagnoses WHERE author_kind = 'employer'`,
      [from, to],
    );
    step(`${to} candidates, ${to * NATIONAL_SCALE.diagnosesPerCandidate} eligibility diagnoses`);
  }
}

/**
 * Two candidatures per candidate over the last year. The first goes to the SIAE that diagnosed the
 * person (an auto-prescription, half the time) or to a SIAE their prescriber chose; a quarter are
 * hired, with a PASS IAE issued for the hire; the second is obsolete or refused after a hire, else
 * still pending or refused. Each answered one has its transition.
 */
async function seedCandidatures(dataSource: DataSource, step: (what: string) => void): Promise<void> {
  let done = 0;
  const missing = async (): Promise<number> =>
    (
      await dataSource.query(
        `SELECT count(*)::int AS n FROM candidates c WHERE ${SEEDED_CANDIDATE} AND NOT EXISTS (SELECT 1 FROM candidatures x WHERE x.candidate_id = c.id)`,
      )
    )[0].n;
  // Seeded candidates are taken in id order, from the last one already given candidatures (a rerun resumes);
  // other people (the demo's) neither hold the cursor nor get candidatures from here.
  let after: string = (
    await dataSource.query(
      `SELECT coalesce((SELECT x.candidate_id::text FROM candidatures x JOIN candidates c ON c.id = x.candidate_id
                         WHERE ${SEEDED_CANDIDATE} ORDER BY x.candidate_id DESC LIMIT 1), $1) AS id`,
      [NO_CANDIDATE],
    )
  )[0].id;
  const expected = (await missing()) * NATIONAL_SCALE.candidaturesPerCandidate;
  for (;;) {
    const [{ n, last }] = await dataSource.query(
      // Ids are generated first so the PASS, the candidature and the hire can point at each other in one statement.
      `WITH chunk AS MATERIALIZED (
         SELECT c.id, c.created_by_organization_id AS prescriber_id, abs(hashtext(c.id::text)) AS h FROM candidates c
          WHERE ${SEEDED_CANDIDATE} AND c.id > $2::uuid AND NOT EXISTS (SELECT 1 FROM candidatures x WHERE x.candidate_id = c.id)
          ORDER BY c.id LIMIT $1),
       diag AS MATERIALIZED (
         SELECT DISTINCT ON (d.candidate_id) d.candidate_id, d.id, d.author_kind, d.author_organization_id
           FROM eligibility_diagnoses d JOIN chunk ON chunk.id = d.candidate_id ORDER BY d.candidate_id, d.created_on DESC),
       lookup AS (
         SELECT array_agg(id ORDER BY id) FILTER (WHERE kind IN ('ACI', 'AI', 'EI', 'ETTI', 'EITI')) AS siae, array_agg(id ORDER BY id) AS everyone
           FROM employers WHERE source = 'seed'),
       choice AS (
         SELECT ch.id AS candidate_id, ch.prescriber_id, ch.h, k,
                -- A candidate created without a diagnosis (the demo data) is never an auto-prescription.
                coalesce(k = 1 AND d.author_kind = 'employer' AND ch.h % 2 = 0, false) AS auto,
                CASE WHEN k = 1 AND d.author_kind = 'employer' THEN d.author_organization_id
                     WHEN k = 1 THEN l.siae[1 + ch.h % cardinality(l.siae)]
                     ELSE l.everyone[1 + (ch.h / 7) % cardinality(l.everyone)] END AS employer_id,
                d.id AS diagnosis_id, d.author_kind,
                CASE WHEN k = 1 THEN CASE WHEN ch.h % 100 < 25 THEN 'accepted' WHEN ch.h % 100 < 55 THEN 'refused' WHEN ch.h % 100 < 70 THEN 'new'
                                          WHEN ch.h % 100 < 80 THEN 'processing' WHEN ch.h % 100 < 85 THEN 'postponed' WHEN ch.h % 100 < 88 THEN 'pool'
                                          WHEN ch.h % 100 < 90 THEN 'cancelled' ELSE 'obsolete' END
                     WHEN ch.h % 100 < 25 THEN CASE WHEN ch.h % 2 = 0 THEN 'obsolete' ELSE 'refused' END
                     ELSE CASE WHEN (ch.h / 13) % 100 < 40 THEN 'refused' WHEN (ch.h / 13) % 100 < 70 THEN 'new' WHEN (ch.h / 13) % 100 < 85 THEN 'processing' ELSE 'postponed' END
                END AS state,
                now() - make_interval(days => (ch.h / 3) % 365, hours => k) AS created_at
           FROM chunk ch CROSS JOIN generate_series(1, 2) k CROSS JOIN lookup l LEFT JOIN diag d ON d.candidate_id = ch.id),
       plan AS MATERIALIZED (
         SELECT gen_random_uuid() AS id, c.*, e.kind AS employer_kind,
                CASE WHEN c.state IN ('accepted', 'cancelled') THEN (c.created_at + interval '10 days')::date END AS hiring_start,
                CASE WHEN c.state = 'accepted' AND e.kind IN ('ACI', 'AI', 'EI', 'ETTI', 'EITI') THEN gen_random_uuid() END AS pass_id
           FROM choice c JOIN employers e ON e.id = c.employer_id),
       passes AS (
         INSERT INTO pass_iae (id, number, candidate_id, start_date, end_date, eligibility_diagnosis_id, origin_employer_id, origin_employer_kind, origin_sender_kind)
         SELECT pass_id, '99999' || lpad(nextval('pass_iae_number_seq')::text, 7, '0'), candidate_id, hiring_start, hiring_start + 729, diagnosis_id,
                employer_id, employer_kind, CASE WHEN auto THEN 'employer' ELSE 'prescriber' END
           FROM plan WHERE pass_id IS NOT NULL ORDER BY created_at),
       inserted AS (
         INSERT INTO candidatures (id, candidate_id, employer_id, state, sender_kind, sender_organization_id, sender_habilitated, eligibility_diagnosis_id,
                                  message, refusal_reason, hiring_start, pass_iae_id, processed_at, first_answered_at, state_changed_at, created_at, updated_at)
         SELECT id, candidate_id, employer_id, state, CASE WHEN auto THEN 'employer' ELSE 'prescriber' END, CASE WHEN auto THEN employer_id ELSE prescriber_id END,
                NOT auto, CASE WHEN auto OR author_kind = 'prescriber' THEN diagnosis_id END,
                'Candidature de la base nationale de démonstration.',
                CASE WHEN state = 'refused' THEN (ARRAY['did_not_come', 'did_not_come_to_interview', 'hired_elsewhere', 'training', 'non_eligible', 'not_mobile',
                                                        'not_interested', 'lacking_skills', 'incompatible', 'prevent_objectives', 'no_position', 'duplicate'])[1 + h % 12] END,
                hiring_start, pass_id,
                CASE WHEN state IN ('accepted', 'refused', 'cancelled', 'obsolete') THEN created_at + make_interval(days => 1 + h % 20) END,
                CASE WHEN state NOT IN ('new', 'obsolete') THEN created_at + make_interval(days => 1 + h % 20) END,
                CASE WHEN state = 'new' THEN created_at ELSE created_at + make_interval(days => 1 + h % 20) END, created_at, created_at
           FROM plan
         RETURNING id, state, created_at, state_changed_at),
       hires AS (
         INSERT INTO pass_iae_hires (pass_id, candidate_id, employer_id, candidature_id, hiring_start, issued_pass)
         SELECT pass_id, candidate_id, employer_id, id, hiring_start, true FROM plan WHERE pass_id IS NOT NULL),
       moves AS (
         INSERT INTO candidature_transitions (candidature_id, transition, from_state, to_state, occurred_at)
         SELECT id, CASE state WHEN 'accepted' THEN 'accept' WHEN 'refused' THEN 'refuse' WHEN 'processing' THEN 'process' WHEN 'postponed' THEN 'postpone'
                               WHEN 'pool' THEN 'add_to_pool' WHEN 'cancelled' THEN 'cancel' ELSE 'render_obsolete' END,
                CASE WHEN state = 'cancelled' THEN 'accepted' ELSE 'new' END, state, state_changed_at
           FROM inserted WHERE state <> 'new')
       SELECT (SELECT count(*)::int FROM inserted) AS n, (SELECT id::text FROM chunk ORDER BY id DESC LIMIT 1) AS last`,
      [CANDIDATE_CHUNK / 2, after],
    );
    if (n === 0) {
      // Someone missed behind the cursor (candidatures deleted by hand): one more pass from the start.
      if (after === NO_CANDIDATE || (await missing()) === 0) break;
      after = NO_CANDIDATE;
      continue;
    }
    after = last;
    done += n;
    step(`${done} of ${expected} candidatures (${Math.round((100 * done) / expected)} %)`);
  }
  // Checked, not assumed: every seeded candidate has their candidatures, or the seed says it failed.
  const left = await missing();
  if (left > 0) throw new Error(`The national seed is incomplete: ${left} seeded candidates have no candidature; run it again to resume.`);
  step(done === 0 ? 'candidatures already seeded' : `${done} candidatures, every seeded candidate has theirs`);
}
