import 'reflect-metadata';
import { ConfigError, describeFailure, loadConfig, loadDotEnv } from '@iae/core';
import { createDataSource } from './data-source';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seeds/demo-accounts';
import { seedDemo } from './seeds/demo.seed';
import { seedNational } from './seeds/national.seed';

/** `migrate`, `migrate:status`, `seed`: run by npm start and npm test before the processes boot. */
async function main(): Promise<void> {
  loadDotEnv();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const [command] = process.argv.slice(2);
  const dataSource = createDataSource(config);
  await dataSource.initialize();
  try {
    switch (command) {
      case 'migrate': {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}` : 'Database schema is up to date');
        break;
      }
      case 'migrate:status': {
        const pending = await dataSource.showMigrations();
        console.log(pending ? 'Some migrations are pending' : 'No pending migration');
        process.exitCode = pending ? 1 : 0;
        break;
      }
      case 'seed': {
        if (config.env === 'production') throw new Error('Demo data is never seeded in production');
        const { seeded } = await seedDemo(dataSource, config);
        console.log(seeded ? 'Demo data seeded' : 'Database not empty: demo data left as it is');
        if (seeded || process.argv.includes('--print-accounts')) {
          console.log(`Demo accounts (password: ${DEMO_PASSWORD}):`);
          for (const account of DEMO_ACCOUNTS) console.log(`  ${account.email.padEnd(34)} ${account.role}`);
        }
        const scale = process.argv.find((a) => a.startsWith('--scale='))?.split('=')[1];
        if (scale === 'national') {
          console.log('Seeding the national-scale data set…');
          const started = Date.now();
          await seedNational(dataSource);
          console.log(`National-scale data set ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        } else if (scale) {
          throw new Error(`Unknown scale "${scale}" (known: national)`);
        }
        break;
      }
      default:
        console.error('Usage: cli <migrate|migrate:status|seed>');
        process.exitCode = 64;
    }
  } finally {
    await dataSource.destroy();
  }
}

void main().catch((error) => {
  console.error(describeFailure(error));
  process.exit(1);
});
