// npm run bench: the same preparation as npm start, then the benchmarks of bench/.
import { build } from './build.mjs';
import { prepareLocal } from './lib/prepare.mjs';

// A REDIS_KEY_PREFIX set in the shell names this bench's keys; the one .env is about to give is the development server's.
if (process.env.REDIS_KEY_PREFIX) process.env.BENCH_REDIS_KEY_PREFIX ||= process.env.REDIS_KEY_PREFIX;
await prepareLocal({ databaseName: process.env.BENCH_DATABASE_NAME || 'iae_bench' });
build();
const { main } = await import('../bench/run.mjs');
await main();
