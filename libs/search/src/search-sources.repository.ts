import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A job offer as the `search_job_offer_sources` view gives it. */
export interface OfferSource {
  id: string;
  employerId: string;
  title: string;
  appellationCode: string;
  appellationLabel: string;
  romeCode: string;
  romeLabel: string;
  domainLetter: string;
  employerName: string;
  employerBrand: string | null;
  employerKind: string;
  kinds: string[];
  contractType: string;
  hoursPerWeek: number | null;
  openPositions: number;
  isResumeMandatory: boolean;
  spontaneousCandidaturesOpen: boolean;
  description: string | null;
  employerDescription: string | null;
  communeCode: string;
  communeName: string;
  departementCode: string;
  latitude: number;
  longitude: number;
  activeUntil: string | null;
  updatedAt: Date;
  recentCandidatures: number;
  employerOpenPositions: number;
}

export interface StructureSource {
  id: string;
  name: string;
  brand: string | null;
  kind: string;
  kinds: string[];
  description: string | null;
  communeCode: string;
  communeName: string;
  departementCode: string;
  latitude: number;
  longitude: number;
  spontaneousCandidaturesOpen: boolean;
  acceptsCandidatures: boolean;
  activeUntil: string | null;
  openOffers: number;
  openPositions: number;
  offerTitles: string;
  offerMetiers: string;
  contractTypes: string[];
  romeCodes: string[];
  appellationCodes: string[];
  domainLetters: string[];
  hours: number[];
  resumeOptional: boolean;
  updatedAt: Date;
  recentCandidatures: number;
}

export interface PrescriberSource {
  id: string;
  name: string;
  kind: string;
  habilitated: boolean;
  addressLine: string | null;
  addressComplement: string | null;
  postalCode: string | null;
  communeCode: string;
  communeName: string;
  departementCode: string;
  latitude: number;
  longitude: number;
  phone: string | null;
  email: string | null;
  website: string | null;
  description: string | null;
}

const camel = (columns: string) =>
  columns
    .split(',')
    .map((c) => c.trim())
    .map((c) => `${c} AS "${c.replace(/_([a-z])/g, (_, l: string) => l.toUpperCase())}"`)
    .join(', ');

const OFFER = camel(`id, employer_id, title, appellation_code, appellation_label, rome_code, rome_label, domain_letter, employer_name, employer_brand,
  employer_kind, kinds, contract_type, hours_per_week, open_positions, is_resume_mandatory, spontaneous_candidatures_open, description,
  employer_description, commune_code, commune_name, departement_code, latitude, longitude, active_until, updated_at, recent_candidatures,
  employer_open_positions`);
const STRUCTURE = camel(`id, name, brand, kind, kinds, description, commune_code, commune_name, departement_code, latitude, longitude,
  spontaneous_candidatures_open, accepts_candidatures, active_until, open_offers, open_positions, offer_titles, offer_metiers, contract_types,
  rome_codes, appellation_codes, domain_letters, hours, resume_optional, updated_at, recent_candidatures`);
const PRESCRIBER = camel(`id, name, kind, habilitated, address_line, address_complement, postal_code, commune_code, commune_name, departement_code,
  latitude, longitude, phone, email, website, description`);

/**
 * The documents to index, read from the `search_*_sources` views (search's migration defines
 * them over the other contexts' tables): what an engine that lives outside PostgreSQL is sent.
 * Which employers and prescribers exist or changed comes from the views their owners publish.
 */
@Injectable()
export class SearchSources {
  constructor(private readonly dataSource: DataSource) {}

  offersOf(employerIds: string[]): Promise<OfferSource[]> {
    return this.dataSource.query(`SELECT ${OFFER} FROM search_job_offer_sources WHERE employer_id = ANY($1::uuid[]) ORDER BY id`, [employerIds]);
  }

  structures(employerIds: string[]): Promise<StructureSource[]> {
    return this.dataSource.query(`SELECT ${STRUCTURE} FROM search_structure_sources WHERE id = ANY($1::uuid[]) ORDER BY id`, [employerIds]);
  }

  prescribers(organizationIds: string[]): Promise<PrescriberSource[]> {
    return this.dataSource.query(`SELECT ${PRESCRIBER} FROM search_prescriber_sources WHERE id = ANY($1::uuid[]) ORDER BY id`, [organizationIds]);
  }

  async employerIds(): Promise<string[]> {
    return (await this.dataSource.query(`SELECT id FROM employer_directory ORDER BY commune_code, id`)).map((r: { id: string }) => r.id);
  }

  async prescriberIds(): Promise<string[]> {
    return (await this.dataSource.query(`SELECT id FROM search_prescriber_sources ORDER BY departement_code, commune_code, id`)).map(
      (r: { id: string }) => r.id,
    );
  }

  async hasEmployers(): Promise<boolean> {
    const [{ found }] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM employer_directory) AS found`);
    return found;
  }

  /** Employers changed since an instant, themselves or through a job description (catching up after a rebuild). */
  async employersChangedSince(since: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT e.id FROM employer_directory e JOIN organization_directory o ON o.id = e.id WHERE o.updated_at >= $1
       UNION SELECT employer_id FROM employer_updates WHERE updated_at >= $1`,
      [since],
    );
    return rows.map((r) => r.id);
  }

  async prescribersChangedSince(since: Date): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT p.id FROM prescriber_organization_updates p JOIN organization_directory o ON o.id = p.id WHERE p.updated_at >= $1 OR o.updated_at >= $1`,
      [since],
    );
    return rows.map((r) => r.id);
  }

  /** Each employer's recent candidatures, for those that have any. */
  async candidatureCounts(): Promise<Map<string, number>> {
    const rows: Array<{ employer_id: string; candidatures: number }> = await this.dataSource.query(
      `SELECT employer_id, candidatures FROM employer_recent_candidatures WHERE candidatures > 0`,
    );
    return new Map(rows.map((r) => [r.employer_id, r.candidatures]));
  }
}
