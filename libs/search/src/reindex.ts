import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, ConfigModule, CoreModule, loadConfig, loadDotEnv } from '@iae/core';
import { DatabaseModule } from '@iae/database';
import { SearchIndexer } from './search-indexer';
import { SearchModule } from './search.module';

@Module({ imports: [ConfigModule.forRoot(), CoreModule, DatabaseModule, SearchModule] })
class ReindexModule {}

/** A bar on a terminal, a line per tenth elsewhere (logs of a deployment). */
function progressPrinter(): (step: { done: number; total: number; what: string }) => void {
  const tty = process.stdout.isTTY;
  let lastTenth = -1;
  return ({ done, total, what }) => {
    const ratio = total ? done / total : 1;
    if (tty) {
      const width = 30;
      const filled = Math.round(ratio * width);
      process.stdout.write(
        `\r  ${what.padEnd(22)} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)} % (${done}/${total})`,
      );
      if (done >= total) process.stdout.write('\n');
    } else if (Math.floor(ratio * 10) !== lastTenth || done >= total) {
      lastTenth = Math.floor(ratio * 10);
      console.log(`  ${what}: ${done}/${total}`);
    }
  };
}

/** `--maintenance-wait=<seconds>`: how long the upkeep may wait behind other transactions (60 s by default). */
function maintenanceWaitSeconds(args: string[]): number {
  const given = args.find((a) => a.startsWith('--maintenance-wait='))?.split('=')[1];
  if (given === undefined) return 60;
  const seconds = Number(given);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    console.error(`--maintenance-wait expects a number of seconds greater than 0, not «${given}»`);
    process.exit(64);
  }
  return seconds;
}

/**
 * `npm run search:reindex`: rebuilds the index of the configured engine from the sources. Safe
 * while the API serves: searches keep answering from what is indexed until each part is replaced.
 * Exit codes: 78 configuration, 1 failure.
 */
async function main(): Promise<void> {
  loadDotEnv();
  let engine: string;
  try {
    engine = loadConfig().search.engine;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const app = await NestFactory.createApplicationContext(ReindexModule, { logger: ['error', 'warn'] });
  try {
    console.log(`Rebuilding the search index (${engine})…`);
    const started = Date.now();
    const waitSeconds = maintenanceWaitSeconds(process.argv.slice(2));
    const report = await app.get(SearchIndexer).rebuild(progressPrinter(), { maintenanceWaitMs: waitSeconds * 1000 });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`Indexed ${report.offers} job offer(s), ${report.structures} structure(s), ${report.prescribers} prescriber organisation(s) in ${seconds} s`);
    if (report.maintenance === 'postponed') {
      console.log(
        `Index upkeep (VACUUM, REINDEX) postponed: other transactions of the database kept it waiting more than ${waitSeconds} s. ` +
          'The index is complete and answers; run this again when they are over (or with --maintenance-wait=<seconds>) to compact it.',
      );
    }
  } finally {
    await app.close();
  }
}

void main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
