import * as argon2 from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@iae/core';
import { DEMO_PASSWORD } from './demo-accounts';
import { siretWithKey } from '@iae/core';

interface DemoOrganization {
  key: string;
  family: 'employer' | 'prescriber' | 'institution';
  kind: string;
  name: string;
  siret?: string;
  authorizationStatus?: string;
  departmentCode?: string;
  regionCode?: string;
  /** Where the employer or prescriber is: INSEE code, postal code, street. */
  address?: [string, string, string];
  description?: string;
  safirCode?: string;
}

const ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'aci',
    family: 'employer',
    kind: 'ACI',
    name: 'Les Jardins du Rhône',
    siret: siretWithKey('5123456780001'),
    address: ['69259', '69200', '40 avenue Jean Cagne'],
    description: 'Maraîchage biologique et entretien d’espaces verts ; paniers solidaires.',
  },
  {
    key: 'ai',
    family: 'employer',
    kind: 'AI',
    name: 'Tremplin Services Villeurbanne',
    siret: siretWithKey('5234567890001'),
    address: ['69266', '69100', '12 rue Francis de Pressensé'],
    description: 'Mise à disposition auprès de particuliers, collectivités et entreprises.',
  },
  {
    key: 'ei',
    family: 'employer',
    kind: 'EI',
    name: 'Envie Rhône Recyclage',
    siret: siretWithKey('5345678900001'),
    address: ['69123', '69007', '25 rue de Gerland'],
    description: 'Collecte et rénovation d’électroménager.',
  },
  {
    key: 'etti',
    family: 'employer',
    kind: 'ETTI',
    name: 'Id’ées Intérim Lyon',
    siret: siretWithKey('5456789010001'),
    address: ['69123', '69003', '88 rue de la Villette'],
    description: 'Missions en logistique, BTP et propreté.',
  },
  {
    key: 'geiq',
    family: 'employer',
    kind: 'GEIQ',
    name: 'GEIQ BTP Rhône',
    siret: siretWithKey('5567890120001'),
    address: ['69123', '69008', '5 avenue des Frères Lumière'],
    description: 'Contrats de professionnalisation dans le bâtiment.',
  },
  {
    key: 'ft',
    family: 'prescriber',
    kind: 'FT',
    name: 'France Travail Lyon Part-Dieu',
    authorizationStatus: 'validated',
    safirCode: '69031',
    address: ['69123', '69003', '1 rue Servient'],
    description: 'Agence France Travail du quartier de la Part-Dieu.',
  },
  {
    key: 'ml',
    family: 'prescriber',
    kind: 'ML',
    name: 'Mission locale de Lyon',
    siret: siretWithKey('7789012340001'),
    authorizationStatus: 'validated',
    address: ['69123', '69001', '8 rue de la République'],
    description: 'Accompagnement des 16–25 ans vers l’emploi et la formation.',
  },
  {
    key: 'ccas',
    family: 'prescriber',
    kind: 'CCAS',
    name: 'CCAS de Vénissieux',
    siret: siretWithKey('2169012950001'),
    authorizationStatus: 'not_set',
    address: ['69259', '69200', '5 avenue Marcel Houël'],
  },
  {
    key: 'asso',
    family: 'prescriber',
    kind: 'OTHER',
    name: 'Association Le Relais Solidaire',
    siret: siretWithKey('8890123450001'),
    authorizationStatus: 'not_required',
    address: ['69266', '69100', '3 rue Anatole France'],
    description: 'Accueil de jour et accompagnement social.',
  },
  { key: 'ddets69', family: 'institution', kind: 'DDETS_IAE', name: 'DDETS du Rhône', departmentCode: '69' },
  { key: 'dreets84', family: 'institution', kind: 'DREETS_IAE', name: 'DREETS Auvergne-Rhône-Alpes', regionCode: '84' },
  { key: 'dgefp', family: 'institution', kind: 'DGEFP_IAE', name: 'DGEFP — Sous-direction de l’IAE' },
];

const USERS = [
  { email: 'siae.admin@demo.example.org', firstName: 'Sophie', lastName: 'Garnier', kind: 'professional', staff: false, memberOf: ['aci', 'ai'] },
  { email: 'siae.membre@demo.example.org', firstName: 'Karim', lastName: 'Benali', kind: 'professional', staff: false, memberOf: ['aci'] },
  { email: 'prescripteur@demo.example.org', firstName: 'Julien', lastName: 'Moreau', kind: 'professional', staff: false, memberOf: ['ft'] },
  { email: 'conseillere.ml@demo.example.org', firstName: 'Awa', lastName: 'Diallo', kind: 'professional', staff: false, memberOf: ['ml'] },
  { email: 'orienteur@demo.example.org', firstName: 'Claire', lastName: 'Lefèvre', kind: 'professional', staff: false, memberOf: ['asso'] },
  { email: 'ddets@demo.example.org', firstName: 'Marc', lastName: 'Rousseau', kind: 'professional', staff: false, memberOf: ['ddets69'] },
  { email: 'staff@demo.example.org', firstName: 'Inès', lastName: 'Fabre', kind: 'professional', staff: true, memberOf: [] },
  { email: 'candidat@demo.example.org', firstName: 'Lucas', lastName: 'Petit', kind: 'candidate', staff: false, memberOf: [] },
];

/** Realistic organisations of each family and one account per role; only on an empty database. */
export async function seedDemo(dataSource: DataSource, config: Pick<AppConfig, 'auth'>): Promise<{ seeded: boolean }> {
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM users`);
  if (n > 0) return { seeded: false };
  const passwordHash = await argon2.hash(DEMO_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: config.auth.passwordHash.memoryKiB,
    timeCost: config.auth.passwordHash.iterations,
    parallelism: config.auth.passwordHash.parallelism,
  });
  await dataSource.transaction(async (manager) => {
    const orgIds = new Map<string, string>();
    for (const o of ORGANIZATIONS) {
      const [{ id }] = await manager.query(
        `INSERT INTO organizations (family, kind, name, siret, authorization_status, department_code, region_code)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [o.family, o.kind, o.name, o.siret ?? null, o.authorizationStatus ?? null, o.departmentCode ?? null, o.regionCode ?? null],
      );
      orgIds.set(o.key, id);
      if (o.family === 'employer' && o.address) {
        await manager.query(
          `INSERT INTO employers (id, kind, address_line, postal_code, commune_code, latitude, longitude, description, programmes, source)
           SELECT $1, $2, $3, $4, code, latitude, longitude, $5, $6, 'staff' FROM communes WHERE code = $7`,
          [id, o.kind, o.address[2], o.address[1], o.description ?? null, o.kind === 'ACI' ? ['PHC'] : [], o.address[0]],
        );
      }
      if (o.family === 'prescriber' && o.address) {
        await manager.query(
          `INSERT INTO prescriber_organizations (id, kind, safir_code, address_line, postal_code, commune_code, latitude, longitude, description, habilitation_basis)
           SELECT $1, $2, $3, $4, $5, code, latitude, longitude, $6, $7 FROM communes WHERE code = $8`,
          [
            id,
            o.kind,
            o.safirCode ?? null,
            o.address[2],
            o.address[1],
            o.description ?? null,
            o.authorizationStatus === 'validated' ? 'law' : null,
            o.address[0],
          ],
        );
      }
    }
    // A few open positions, so the demo has something to search and apply to.
    const jobs: Array<[string, string, string, number]> = [
      ['aci', 'A1414', 'FIXED_TERM_I', 26],
      ['aci', 'A1203', 'FIXED_TERM_I_PHC', 20],
      ['ai', 'K2204', 'FIXED_TERM_USAGE', 15],
      ['ei', 'I1203', 'FIXED_TERM_I', 35],
      ['ei', 'K2303', 'FIXED_TERM_I', 35],
      ['etti', 'N1103', 'TEMPORARY', 35],
      ['geiq', 'F1703', 'PROFESSIONAL_TRAINING', 35],
    ];
    for (const [key, rome, contract, hours] of jobs) {
      await manager.query(
        `INSERT INTO job_descriptions (employer_id, appellation_code, contract_type, hours_per_week, open_positions, last_employer_update_at, description)
         SELECT $1, code, $2, $3, 2, now(), 'Poste ouvert aux personnes éloignées de l’emploi, accompagnement assuré.'
           FROM appellations WHERE rome_code = $4 ORDER BY code LIMIT 1`,
        [orgIds.get(key), contract, hours, rome],
      );
    }
    const adminOf = new Set<string>();
    for (const u of USERS) {
      const [{ id }] = await manager.query(
        `INSERT INTO users (email, password_hash, first_name, last_name, kind, is_staff, email_confirmed_at, password_changed_at)
         VALUES ($1, $2, $3, $4, $5, $6, now(), now()) RETURNING id`,
        [u.email, passwordHash, u.firstName, u.lastName, u.kind, u.staff],
      );
      for (const key of u.memberOf) {
        const role = adminOf.has(key) ? 'member' : 'admin';
        adminOf.add(key);
        await manager.query(`INSERT INTO memberships (user_id, organization_id, role) VALUES ($1, $2, $3)`, [id, orgIds.get(key), role]);
      }
    }
    await seedDemoCandidates(manager, orgIds);
  });
  return { seeded: true };
}

/** A NIR with its key (97 minus the first 13 digits modulo 97), for the demo people. */
function demoNir(first13: string): string {
  return `${first13}${String(97 - Number(BigInt(first13) % 97n)).padStart(2, '0')}`;
}

/**
 * Three people to follow: the demo candidate (eligible through France Travail), a lone parent on the
 * RSA followed by the mission locale (the ACI can auto-prescribe for her), and a senior long-term job
 * seeker an orienteur sent (no diagnosis yet).
 */
async function seedDemoCandidates(manager: EntityManager, orgIds: Map<string, string>): Promise<void> {
  const people = [
    {
      user: 'candidat@demo.example.org',
      by: 'ft',
      title: 'M',
      firstName: 'Lucas',
      lastName: 'Petit',
      birthDate: '1999-03-14',
      nir: demoNir('1990369123045'),
      ft: '4512378L',
      email: 'candidat@demo.example.org',
      commune: '69123',
      postalCode: '69008',
      line: '14 rue Professeur Beauvisage',
      situation: { education_level: 'level_3', unemployed_since: '2025-01-06' },
      diagnosisBy: 'ft',
    },
    {
      user: null,
      by: 'ml',
      title: 'MME',
      firstName: 'Nadia',
      lastName: 'Haddad',
      birthDate: '2002-09-21',
      nir: demoNir('2020969259112'),
      ft: null,
      email: null,
      commune: '69259',
      postalCode: '69200',
      line: '7 avenue Jean Jaurès',
      situation: { rsa_since: '2025-02-01', lone_parent: true, housing: 'hosted' },
      diagnosisBy: null,
    },
    {
      user: null,
      by: 'asso',
      title: 'M',
      firstName: 'Thierry',
      lastName: 'Vasseur',
      birthDate: '1971-05-02',
      nir: demoNir('1710559350087'),
      ft: '3397154K',
      email: null,
      commune: '69266',
      postalCode: '69100',
      line: '22 cours Émile Zola',
      situation: { unemployed_since: '2024-06-10', education_level: 'level_3' },
      diagnosisBy: null,
    },
  ] as const;
  const ids = new Map<string, string>();
  for (const p of people) {
    const [{ id }] = await manager.query(
      `INSERT INTO candidates (user_id, title, first_name, last_name, birth_date, birth_country, nir, france_travail_id, france_travail_id_missing_reason, email,
                               address_line, postal_code, commune_code, latitude, longitude, education_level, rsa_since, unemployed_since, lone_parent, housing,
                               created_by_organization_id)
       SELECT (SELECT id FROM users WHERE email = $1), $2, $3, $4, $5, 'FR', $6, $7, CASE WHEN $7::text IS NULL THEN 'not_registered' END, $8,
              $9, $10, c.code, c.latitude, c.longitude, $11, $12, $13, $14, $15, $16
         FROM communes c WHERE c.code = $17
       RETURNING id`,
      [
        p.user,
        p.title,
        p.firstName,
        p.lastName,
        p.birthDate,
        p.nir,
        p.ft,
        p.email,
        p.line,
        p.postalCode,
        'education_level' in p.situation ? p.situation.education_level : null,
        'rsa_since' in p.situation ? p.situation.rsa_since : null,
        'unemployed_since' in p.situation ? p.situation.unemployed_since : null,
        'lone_parent' in p.situation ? p.situation.lone_parent : false,
        'housing' in p.situation ? p.situation.housing : null,
        orgIds.get(p.by),
        p.commune,
      ],
    );
    ids.set(p.firstName, id);
    await manager.query(`INSERT INTO candidate_assignments (candidate_id, organization_id, reason) VALUES ($1, $2, 'created')`, [id, orgIds.get(p.by)]);
    if (p.diagnosisBy) {
      await manager.query(
        `INSERT INTO eligibility_diagnoses (candidate_id, author_kind, author_organization_id, created_on, expires_on, notes)
         VALUES ($1, 'prescriber', $2, current_date, (current_date + interval '6 months')::date, 'Diagnostic réalisé en entretien.')`,
        [id, orgIds.get(p.diagnosisBy)],
      );
    }
  }
  await seedDemoCandidatures(manager, orgIds, ids);
}

/**
 * Two candidatures in the ACI's inbox: Lucas, sent this morning by France Travail with his eligibility
 * validated; Thierry, sent last week by the orienteur and under study since.
 */
async function seedDemoCandidatures(manager: EntityManager, orgIds: Map<string, string>, people: Map<string, string>): Promise<void> {
  const sent = [
    {
      who: 'Lucas',
      by: 'ft',
      user: 'prescripteur@demo.example.org',
      habilitated: true,
      daysAgo: 0,
      answeredDaysAgo: null,
      state: 'new',
      message: 'Lucas cherche un poste en extérieur ; diagnostic fait en entretien, éligibilité validée. Disponible dès lundi.',
    },
    {
      who: 'Thierry',
      by: 'asso',
      user: 'orienteur@demo.example.org',
      habilitated: false,
      daysAgo: 6,
      answeredDaysAgo: 5,
      state: 'processing',
      message: 'Ancien cariste, 20 ans d’expérience, au chômage depuis juin 2024 ; motivé pour reprendre par un chantier.',
    },
  ];
  for (const c of sent) {
    const [{ id }] = await manager.query(
      `INSERT INTO candidatures (candidate_id, employer_id, state, sender_kind, sender_user_id, sender_organization_id, sender_habilitated,
                                 eligibility_diagnosis_id, message, created_at, updated_at, state_changed_at, first_answered_at)
       SELECT $1, $2, $3, 'prescriber', (SELECT id FROM users WHERE email = $4), $5, $6,
              CASE WHEN $6 THEN (SELECT id FROM eligibility_diagnoses WHERE candidate_id = $1 ORDER BY created_on DESC LIMIT 1) END,
              $7, now() - make_interval(days => $8), now() - make_interval(days => $8),
              now() - make_interval(days => coalesce($9::int, $8)), now() - make_interval(days => $9::int)
       RETURNING id`,
      [people.get(c.who), orgIds.get('aci'), c.state, c.user, orgIds.get(c.by), c.habilitated, c.message, c.daysAgo, c.answeredDaysAgo],
    );
    // As on a real sending: the employer that received it follows the person (and may read their file).
    await manager.query(
      `INSERT INTO candidate_assignments (candidate_id, organization_id, reason) VALUES ($1, $2, 'received_candidature') ON CONFLICT DO NOTHING`,
      [people.get(c.who), orgIds.get('aci')],
    );
    if (c.answeredDaysAgo !== null) {
      await manager.query(
        `INSERT INTO candidature_transitions (candidature_id, transition, from_state, to_state, user_id, organization_id, occurred_at)
         VALUES ($1, 'process', 'new', $2, (SELECT id FROM users WHERE email = 'siae.admin@demo.example.org'), $3, now() - make_interval(days => $4))`,
        [id, c.state, orgIds.get('aci'), c.answeredDaysAgo],
      );
    }
  }
}
