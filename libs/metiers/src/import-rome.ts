import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { ConfigError, loadConfig, loadDotEnv } from '@iae/core';
import { createDataSource } from '@iae/database';
import { RomeFileError, mergeRomeFiles, parseRomeFile } from './import/rome-files';
import { UpsertCounts, upsertRomeReferential } from './import/rome-upsert';

/**
 * `npm run import:rome -- FILE [FILE…]`: loads France Travail's ROME open-data files
 * (formats in import/rome-files.ts) into rome_domains, romes and appellations, in one transaction.
 * Exit codes: 64 usage, 65 a file or row refused, 66 a file missing, 78 configuration.
 */
async function main(): Promise<void> {
  const paths = process.argv.slice(2);
  if (!paths.length) {
    console.error(
      'Usage: import-rome FILE [FILE…]  (France Travail ROME files, e.g. unix_referentiel_code_rome_v461_utf8.csv unix_referentiel_appellation_v461_utf8.csv)',
    );
    process.exit(64);
  }

  const parsed = paths.map((path) => {
    let content: Buffer;
    try {
      content = readFileSync(path);
    } catch (error) {
      console.error(`Cannot read ${path}: ${(error as Error).message}`);
      process.exit(66);
    }
    const file = parseRomeFile(path, content);
    console.log(`Read ${file.file}: ${describe(file.domains.length, file.romes.length, file.appellations.length)}`);
    return file;
  });
  const data = mergeRomeFiles(parsed);

  loadDotEnv();
  const dataSource = createDataSource(loadConfig());
  await dataSource.initialize();
  try {
    const counts = await dataSource.transaction((manager) => upsertRomeReferential(manager, data));
    console.log(`Domains:      ${line(counts.domains)}`);
    console.log(`ROME métiers: ${line(counts.romes)}`);
    console.log(`Appellations: ${line(counts.appellations)}`);
  } finally {
    await dataSource.destroy();
  }
}

function describe(domains: number, romes: number, appellations: number): string {
  return [`${domains} domain(s)`, `${romes} métier(s)`, `${appellations} appellation(s)`].join(', ');
}

function line(counts: UpsertCounts): string {
  return `${counts.inserted} inserted, ${counts.updated} updated, ${counts.unchanged} unchanged`;
}

void main().catch((error) => {
  if (error instanceof RomeFileError) {
    console.error(`Import refused, nothing written: ${error.message}`);
    process.exit(65);
  }
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
