import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { AppConfig } from '@iae/core';
import { DEMO_PASSWORD } from './demo-accounts';
import { siretWithKey } from './siret-for-demo';

interface DemoOrganization {
  key: string;
  family: 'employer' | 'prescriber' | 'institution';
  kind: string;
  name: string;
  siret?: string;
  authorizationStatus?: string;
  departmentCode?: string;
  regionCode?: string;
}

const ORGANIZATIONS: DemoOrganization[] = [
  { key: 'aci', family: 'employer', kind: 'ACI', name: 'Les Jardins du Rhône', siret: siretWithKey('5123456780001') },
  { key: 'ai', family: 'employer', kind: 'AI', name: 'Tremplin Services Villeurbanne', siret: siretWithKey('5234567890001') },
  { key: 'ei', family: 'employer', kind: 'EI', name: 'Envie Rhône Recyclage', siret: siretWithKey('5345678900001') },
  { key: 'etti', family: 'employer', kind: 'ETTI', name: 'Id’ées Intérim Lyon', siret: siretWithKey('5456789010001') },
  { key: 'geiq', family: 'employer', kind: 'GEIQ', name: 'GEIQ BTP Rhône', siret: siretWithKey('5567890120001') },
  { key: 'ft', family: 'prescriber', kind: 'FT', name: 'France Travail Lyon Part-Dieu', authorizationStatus: 'validated' },
  { key: 'ml', family: 'prescriber', kind: 'ML', name: 'Mission locale de Lyon', siret: siretWithKey('7789012340001'), authorizationStatus: 'validated' },
  { key: 'ccas', family: 'prescriber', kind: 'CCAS', name: 'CCAS de Vénissieux', siret: siretWithKey('2169012950001'), authorizationStatus: 'not_set' },
  { key: 'asso', family: 'prescriber', kind: 'OTHER', name: 'Association Le Relais Solidaire', siret: siretWithKey('8890123450001'), authorizationStatus: 'not_required' },
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
  });
  return { seeded: true };
}
