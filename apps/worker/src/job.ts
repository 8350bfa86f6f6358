import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, ScheduledJobs, describeFailure, loadConfig, loadDotEnv } from '@iae/core';
import { JobContextsModule } from './worker.module';

/** `npm run job -- <name> [--dry-run]`, or `npm run job -- --list`. */
async function main(): Promise<void> {
  loadDotEnv();
  try {
    loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const args = process.argv.slice(2);
  // The jobs' own lines go through the application's logger, scrubbed as the worker's are.
  const app = await NestFactory.createApplicationContext(JobContextsModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  try {
    const jobs = app.get(ScheduledJobs);
    const name = args.find((a) => !a.startsWith('--'));
    if (!name || args.includes('--list')) {
      for (const job of jobs.list()) console.log(`${job.name.padEnd(40)} ${job.cron.padEnd(14)} ${job.description}`);
      if (!name) process.exitCode = args.includes('--list') ? 0 : 64;
      return;
    }
    if (!jobs.get(name)) {
      console.error(`Unknown job "${name}". Run with --list to see them.`);
      process.exitCode = 64;
      return;
    }
    const result = await jobs.run(name, { dryRun: args.includes('--dry-run') });
    console.log(result.summary);
  } finally {
    await app.close();
  }
}

void main().catch((error) => {
  console.error(describeFailure(error));
  process.exit(1);
});
