import { basename } from 'node:path';
import { DomainLetter, domainOf, isDomainLetter, isOgrCode, isRomeCode } from '../rules/rome-codes';
import { parseCsv } from './csv';

/**
 * France Travail's ROME open data (data.gouv.fr « Répertoire Opérationnel des Métiers et des
 * Emplois (ROME) », the « Toutes les données du ROME » archives RefRomeCsv.zip and RefRomeJson.zip).
 * The kind of a file is read from its columns, not its name, so any version number works.
 *
 * CSV, UTF-8, comma-separated, every field quoted, header on the first line:
 * - unix_referentiel_code_rome_vXXX_utf8.csv: the métiers.
 *     v3 (ROME 3, e.g. v327–v347): code_rome, code_fiche_em, code_ogr, libelle_rome, statut
 *     v4 (ROME 4.0, e.g. v460, v461): code_rome, code_fiche_metier, code_ogr, libelle_rome, transition_eco,
 *       transition_num, transition_demo, emploi_reglemente, emploi_cadre, code_rome_parent
 * - unix_referentiel_appellation_vXXX_utf8.csv: the appellations.
 *     v3: code_ogr, libelle_appellation_long, libelle_appellation_court, code_rome,
 *       code_type_section_appellation, libelle_type_section_appellation, statut
 *     v4: code_ogr, libelle_appellation_long, libelle_appellation_court, code_rome, transition_eco,
 *       transition_num, transition_demo, emploi_reglemente, emploi_cadre, classification, origine,
 *       code_rome_parent, peu_usite
 * - unix_grand_domaine_vXXX_utf8.csv: code_grand_domaine, libelle_grand_domaine
 * - unix_cr_gd_dp_v4XX_utf8.csv: code_rome, libelle_rome, code_grand_domaine, libelle_grand_domaine,
 *     code_domaine_professionel, libelle_domaine_professionel
 * The v3 files double apostrophes inside labels (« d''entretien »); they are undoubled.
 * Copies re-saved by a spreadsheet (`;`, tab or `|` separators, CRLF, BOM) are read too.
 *
 * JSON (ISO-8859-15, not UTF-8; the encoding is detected):
 * - unix_fiche_emploi_metier_vXXX.json: [{ rome: { code_rome, intitule, code_ogr },
 *     appellations: [{ libelle, libelle_court, code_ogr }], … }]
 * - unix_arborescence_principale_vXXX.json: { arbo_principale: [{ code_metier: "A", libelle,
 *     liste_domaine_prof: [{ code_metier: "A11", libelle, liste_metier: [{ code_ogr, code_rome, libelle }] }] }] }
 * - an array of records named like the CSV columns above.
 * The JSON unix_referentiel_appellation file is refused: it has no code_rome (only code_rome_parent).
 *
 * Where these formats were found (no network here; public copies and readers of the files):
 * - v3 headers and the doubled apostrophes: bayesimpact/bob-emploi, copies of France Travail's files in
 *   data_analysis/importer/test/testdata/unix_referentiel_code_rome_v327_utf8.csv (commit d166746c)
 *   and data_analysis/importer/test/testdata/rome/csv/unix_referentiel_appellation_v346_utf8.csv (commit cb91b3ed).
 * - v4 headers, separators, ISO-8859-15 JSON, the JSON appellations without code_rome and the
 *   arborescence shape: a public project's notes on RefRomeCsv/RefRomeJson v461 (June 2026), which
 *   quote the files and France Travail's technical documentation (open-data-v3.0.pdf); the v460
 *   code_rome file's columns also in guillaumegasnier's education shell (RomeDataset).
 * - The fiche JSON: public readers of unix_fiche_emploi_metier_v460/v461.json (a Mongo model
 *   IReferentielRome { numero, rome { code_rome, intitule, code_ogr }, appellations [{ libelle,
 *   libelle_court, code_ogr }] }, and build scripts reading it as latin-1).
 */

export type RomeFileKind = 'romes' | 'appellations' | 'domains' | 'fiches' | 'tree';

export interface ImportedDomain {
  letter: DomainLetter;
  label: string;
}

export interface ImportedRome {
  code: string;
  label: string;
}

export interface ImportedAppellation {
  code: string;
  label: string;
  romeCode: string;
}

export interface ParsedRomeFile {
  file: string;
  kind: RomeFileKind;
  domains: ImportedDomain[];
  romes: ImportedRome[];
  appellations: ImportedAppellation[];
}

/** A file the import refuses, with what is wrong and where. */
export class RomeFileError extends Error {
  override name = 'RomeFileError';
}

const SUPPORTED =
  'expected one of France Travail’s ROME files: unix_referentiel_code_rome_*.csv, unix_referentiel_appellation_*.csv, ' +
  'unix_grand_domaine_*.csv, unix_cr_gd_dp_*.csv, unix_fiche_emploi_metier_*.json, unix_arborescence_principale_*.json';

/** UTF-8 when it is valid UTF-8, else ISO-8859-15 (the JSON and XML exports). */
export function decodeText(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return new TextDecoder('iso-8859-15').decode(content);
  }
}

/** Trims, folds runs of spaces, and undoes the v3 export's doubled apostrophes. */
export function cleanLabel(value: unknown): string {
  return typeof value === 'string' ? value.replace(/''/g, "'").replace(/\s+/g, ' ').trim() : '';
}

type Row = { where: string; get: (column: string) => string };

export function parseRomeFile(path: string, content: Buffer): ParsedRomeFile {
  const file = basename(path);
  const text = decodeText(content);
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (!trimmed) throw new RomeFileError(`${file}: the file is empty; ${SUPPORTED}.`);
  return trimmed.startsWith('[') || trimmed.startsWith('{') ? parseJson(file, trimmed) : parseCsvFile(file, text);
}

function parseCsvFile(file: string, text: string): ParsedRomeFile {
  let table;
  try {
    table = parseCsv(text);
  } catch (error) {
    throw new RomeFileError(`${file}: not a readable CSV file (${(error as Error).message}); ${SUPPORTED}.`);
  }
  const columns = new Map(table.header.map((name, index) => [name, index]));
  const rows: Row[] = table.rows.map(({ line, values }) => ({
    where: `${file}, line ${line}`,
    get: (column) => (values[columns.get(column) ?? -1] ?? '').trim(),
  }));
  return fromRecords(file, table.header, rows, 'CSV');
}

function parseJson(file: string, text: string): ParsedRomeFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new RomeFileError(`${file}: not valid JSON (${(error as Error).message}); ${SUPPORTED}.`);
  }
  if (Array.isArray(data) && data.length && isRecord(data[0]) && isRecord(data[0].rome)) return fromFiches(file, data);
  if (isRecord(data) && Array.isArray(data.arbo_principale)) return fromTree(file, data.arbo_principale);
  if (Array.isArray(data) && data.length && data.every(isRecord)) {
    const header = Object.keys(data[0]).map((key) => key.toLowerCase());
    const rows: Row[] = data.map((record, index) => {
      const byName = new Map(Object.entries(record).map(([key, value]) => [key.toLowerCase(), value]));
      return { where: `${file}, record ${index + 1}`, get: (column) => stringOf(byName.get(column)) };
    });
    return fromRecords(file, header, rows, 'JSON');
  }
  throw new RomeFileError(`${file}: unrecognised JSON structure; ${SUPPORTED}.`);
}

function fromRecords(file: string, header: string[], rows: Row[], format: 'CSV' | 'JSON'): ParsedRomeFile {
  const has = (...names: string[]) => names.every((name) => header.includes(name));
  const parsed: ParsedRomeFile = { file, kind: 'romes', domains: [], romes: [], appellations: [] };

  if (has('code_ogr', 'libelle_appellation_long', 'code_rome')) {
    parsed.kind = 'appellations';
    for (const row of rows) {
      const code = ogrCode(row, row.get('code_ogr'));
      const label = cleanLabel(row.get('libelle_appellation_long')) || cleanLabel(row.get('libelle_appellation_court'));
      parsed.appellations.push({ code, label: required(row, label, 'libelle_appellation_long'), romeCode: romeCode(row, row.get('code_rome')) });
    }
    return parsed;
  }
  if (has('code_ogr', 'libelle_appellation_long')) {
    throw new RomeFileError(
      `${file}: this ${format} list of appellations has no code_rome column (the JSON export only gives code_rome_parent); ` +
        'import unix_referentiel_appellation_*_utf8.csv or unix_fiche_emploi_metier_*.json instead.',
    );
  }
  if (has('code_rome', 'libelle_rome')) {
    const withDomains = has('code_grand_domaine', 'libelle_grand_domaine');
    for (const row of rows) {
      const code = romeCode(row, row.get('code_rome'));
      parsed.romes.push({ code, label: required(row, cleanLabel(row.get('libelle_rome')), 'libelle_rome') });
      if (withDomains) {
        const domain = domainRow(row);
        if (domain.letter !== domainOf(code)) {
          throw new RomeFileError(`${row.where}: ROME code ${code} is filed under the domain « ${domain.letter} »; a code starts with its domain's letter.`);
        }
        parsed.domains.push(domain);
      }
    }
    return parsed;
  }
  if (has('code_grand_domaine', 'libelle_grand_domaine')) {
    parsed.kind = 'domains';
    parsed.domains = rows.map(domainRow);
    return parsed;
  }
  throw new RomeFileError(`${file}: unrecognised ${format} columns (${header.join(', ') || 'none'}); ${SUPPORTED}.`);
}

function fromFiches(file: string, fiches: unknown[]): ParsedRomeFile {
  const parsed: ParsedRomeFile = { file, kind: 'fiches', domains: [], romes: [], appellations: [] };
  fiches.forEach((fiche, index) => {
    const where = `${file}, fiche ${index + 1}`;
    const rome = isRecord(fiche) && isRecord(fiche.rome) ? fiche.rome : {};
    const row: Row = { where, get: (column) => stringOf(rome[column]) };
    const code = romeCode(row, row.get('code_rome'));
    parsed.romes.push({ code, label: required(row, cleanLabel(row.get('intitule')), 'rome.intitule') });
    const appellations = isRecord(fiche) && Array.isArray(fiche.appellations) ? fiche.appellations : [];
    appellations.forEach((appellation, position) => {
      const item = isRecord(appellation) ? appellation : {};
      const itemRow: Row = { where: `${where}, appellation ${position + 1}`, get: (column) => stringOf(item[column]) };
      const label = cleanLabel(itemRow.get('libelle')) || cleanLabel(itemRow.get('libelle_court'));
      parsed.appellations.push({ code: ogrCode(itemRow, itemRow.get('code_ogr')), label: required(itemRow, label, 'libelle'), romeCode: code });
    });
  });
  return parsed;
}

function fromTree(file: string, domains: unknown[]): ParsedRomeFile {
  const parsed: ParsedRomeFile = { file, kind: 'tree', domains: [], romes: [], appellations: [] };
  domains.forEach((domain, index) => {
    const node = isRecord(domain) ? domain : {};
    const where = `${file}, domain ${index + 1}`;
    const letter = stringOf(node.code_metier);
    if (!isDomainLetter(letter)) throw new RomeFileError(`${where}: invalid domain letter « ${letter} » (A to N expected).`);
    parsed.domains.push({ letter, label: required({ where }, cleanLabel(node.libelle), 'libelle') });
    for (const professional of Array.isArray(node.liste_domaine_prof) ? node.liste_domaine_prof : []) {
      for (const metier of isRecord(professional) && Array.isArray(professional.liste_metier) ? professional.liste_metier : []) {
        const item = isRecord(metier) ? metier : {};
        const row: Row = { where: `${where}, métier ${stringOf(item.code_rome) || '?'}`, get: (column) => stringOf(item[column]) };
        const code = romeCode(row, row.get('code_rome'));
        if (domainOf(code) !== letter) throw new RomeFileError(`${row.where}: ROME code ${code} is filed under the domain « ${letter} ».`);
        parsed.romes.push({ code, label: required(row, cleanLabel(row.get('libelle')), 'libelle') });
      }
    }
  });
  return parsed;
}

function domainRow(row: Row): ImportedDomain {
  const letter = row.get('code_grand_domaine').toUpperCase();
  if (!isDomainLetter(letter)) throw new RomeFileError(`${row.where}: invalid domain letter « ${row.get('code_grand_domaine')} » (A to N expected).`);
  return { letter, label: required(row, cleanLabel(row.get('libelle_grand_domaine')), 'libelle_grand_domaine') };
}

function romeCode(row: Row, value: string): string {
  const code = value.trim();
  if (!isRomeCode(code)) throw new RomeFileError(`${row.where}: invalid ROME code « ${value} » (a letter from A to N and four digits expected).`);
  return code;
}

function ogrCode(row: Row, value: string): string {
  const code = value.trim();
  if (!isOgrCode(code)) throw new RomeFileError(`${row.where}: invalid OGR code « ${value} » (digits expected).`);
  return code;
}

function required(row: Pick<Row, 'where'>, value: string, column: string): string {
  if (!value) throw new RomeFileError(`${row.where}: empty ${column}.`);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

export interface RomeImport {
  domains: ImportedDomain[];
  romes: ImportedRome[];
  appellations: ImportedAppellation[];
}

/** One set of rows from several files; a code given twice keeps its last version. */
export function mergeRomeFiles(files: ParsedRomeFile[]): RomeImport {
  const domains = new Map<string, ImportedDomain>();
  const romes = new Map<string, ImportedRome>();
  const appellations = new Map<string, ImportedAppellation>();
  for (const parsed of files) {
    for (const domain of parsed.domains) domains.set(domain.letter, domain);
    for (const rome of parsed.romes) romes.set(rome.code, rome);
    for (const appellation of parsed.appellations) appellations.set(appellation.code, appellation);
  }
  return { domains: [...domains.values()], romes: [...romes.values()], appellations: [...appellations.values()] };
}
