// npm run bench: the same preparation as npm start, then the benchmarks of bench/.
import { build } from './build.mjs';
import { prepareLocal } from './lib/prepare.mjs';

await prepareLocal({ databaseName: process.env.BENCH_DATABASE_NAME || 'iae_bench' });
build();
const { main } = await import('../bench/run.mjs');
await main();
