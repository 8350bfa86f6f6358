import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { commandExists, step } from './shell.mjs';

const DEFAULT = '/usr/bin/chromium';

/**
 * The browser of the browser tests: CHROMIUM_PATH, else Debian's Chromium, installed with apt-get when missing
 * and we are root (CI). Returns why the browser tests cannot run, or null when they can.
 */
export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH || DEFAULT;
  if (existsSync(path)) return null;
  if (process.env.CHROMIUM_PATH) return `CHROMIUM_PATH=${path} does not exist`;
  if (process.getuid?.() === 0 && commandExists('apt-get')) {
    step('Installing Chromium for the browser tests (apt-get install chromium)…');
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install =
      update.status === 0
        ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
        : update;
    if (install.status === 0 && existsSync(DEFAULT)) return null;
  }
  return `no Chromium at ${DEFAULT}: install Debian's chromium package, or point CHROMIUM_PATH at a Chromium or Chrome`;
}
