import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { root, step } from './shell.mjs';

/** First run: writes .env from .env.example with a fresh JWT secret. */
export function ensureEnvFile() {
  const target = `${root}/.env`;
  if (existsSync(target)) return;
  const example = readFileSync(`${root}/.env.example`, 'utf8');
  writeFileSync(target, example.replace(/^JWT_SECRET=.*$/m, `JWT_SECRET=${randomBytes(48).toString('base64url')}`));
  step('Created .env from .env.example (with a random JWT_SECRET)');
}

export function loadEnvFile() {
  const file = `${root}/.env`;
  if (existsSync(file)) process.loadEnvFile(file);
}
