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
    const report = await app.get(SearchIndexer).rebuild(progressPrinter());
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`Indexed ${report.offers} job offer(s), ${report.structures} structure(s), ${report.prescribers} prescriber organisation(s) in ${seconds} s`);
  } finally {
    await app.close();
  }
}

void main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
