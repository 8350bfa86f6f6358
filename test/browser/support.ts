/// <reference lib="dom" />
// Functions passed to page.evaluate run in the page, where the DOM exists.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';
import { SearchIndexer } from '@iae/search';
import { Member, SmtpCatcher, TestApp, createTestApp, login } from '@iae/testing';
import { DEMO_PASSWORD } from '../../libs/database/src/seeds/demo-accounts';
import { seedDemo } from '../../libs/database/src/seeds/demo.seed';

/** A journey, or a skipped one when the machine has no Chromium (scripts/test.mjs says why). */
export const journey = process.env.IAE_BROWSER_SKIP ? describe.skip : describe;

/** Debian's Chromium by default; CHROMIUM_PATH points at another Chromium or Chrome. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOTS_DIR = join(__dirname, '../../var/screenshots');
export { DEMO_PASSWORD };

export interface Stack {
  t: TestApp;
  smtp: SmtpCatcher;
  browser: Browser;
  baseUrl: string;
  /** A new browser (its own cookies), at a desktop width unless told. */
  newPage(width?: number): Promise<Page>;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The real stack a person's browser meets: the API (serving the built application) and the worker on a real port,
 * PostgreSQL with the demo data of `npm start` and its search index, Redis, and an SMTP catcher for the e-mails.
 */
export async function startStack(options: { env?: (baseUrl: string) => Promise<Record<string, string>> } = {}): Promise<Stack> {
  const smtp = await new SmtpCatcher().start();
  const port = await freePort();
  // localhost: the page's origin, the links of the e-mails, and the Origin the cookie routes expect.
  const baseUrl = `http://localhost:${port}`;
  const extra = options.env ? await options.env(baseUrl) : {};
  const t = await createTestApp({ worker: true, env: { SMTP_URL: smtp.url, PUBLIC_URL: baseUrl, LOGIN_RATE_LIMIT: '1000', ...extra } });
  await seedDemo(t.dataSource, t.config);
  await t.get(SearchIndexer).rebuild();
  await t.app.listen(port, '127.0.0.1');
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const contexts: BrowserContext[] = [];
  return {
    t,
    smtp,
    browser,
    baseUrl,
    async newPage(width = 1280) {
      const context = await browser.newContext({ baseURL: baseUrl, viewport: { width, height: 900 }, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
      contexts.push(context);
      const page = await context.newPage();
      watchPage(page);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await t.close();
      await smtp.stop();
    },
  };
}

const pageErrors = new WeakMap<Page, string[]>();
const openPages = new Set<Page>();
const consoleErrors: string[] = [];

/** What each open page shows when a test ends, to see why a journey stopped (var/screenshots/last/). */
export async function snapshotOpenPages(testName: string): Promise<void> {
  const dir = join(SCREENSHOTS_DIR, 'last');
  mkdirSync(dir, { recursive: true });
  let i = 0;
  for (const page of openPages) {
    if (page.isClosed()) continue;
    await page.screenshot({ path: join(dir, `${testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}-${i++}.png`), fullPage: true }).catch(() => undefined);
  }
  openPages.clear();
  writeFileSync(join(dir, `${testName.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}-console.txt`), consoleErrors.splice(0).join('\n'));
}

/** Every page error and Content-Security-Policy violation fails the journey. */
function watchPage(page: Page): void {
  const errors: string[] = [];
  pageErrors.set(page, errors);
  openPages.add(page);
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) errors.push(`CSP: ${message.text()}`);
  });
}

export function errorsOf(page: Page): string[] {
  return pageErrors.get(page) ?? [];
}

/** axe on the page as it is now: no violation of the WCAG 2.0/2.1 A and AA rules (the RGAA's). */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect({ where, violations }).toEqual({ where, violations: [] });
  expect(errorsOf(page)).toEqual([]);
}

/** The journey's last screen at a phone's and a desktop's width, kept in var/screenshots/. */
export async function screenshots(page: Page, journey: string): Promise<string[]> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const paths: string[] = [];
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const path = join(SCREENSHOTS_DIR, `${journey}-${width}.png`);
    await page.screenshot({ path, fullPage: true });
    paths.push(path);
  }
  return paths;
}

/** A day of the stack's clock (the API's « today », Europe/Paris), moved by `days`: `YYYY-MM-DD`. */
export function stackDay(stack: Stack, days = 0): string {
  return addDays(stack.t.clock.today(), days);
}

/** `YYYY-MM-DD` moved by `days`. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** A demo account acting, as the API's tests do, for its organisation named `organizationName` (its first one unless told). */
export async function demoMember(stack: Stack, email: string, organizationName?: string): Promise<Member> {
  const [row] = await stack.t.dataSource.query(
    `SELECT u.id, m.organization_id, o.kind FROM users u JOIN memberships m ON m.user_id = u.id JOIN organizations o ON o.id = m.organization_id
      WHERE u.email = $1 AND ($2::text IS NULL OR o.name = $2) ORDER BY m.created_at LIMIT 1`,
    [email, organizationName ?? null],
  );
  const token = await login(stack.t.http, { email, password: DEMO_PASSWORD });
  return {
    user: { id: row.id, email, password: DEMO_PASSWORD } as Member['user'],
    organization: { id: row.organization_id, kind: row.kind } as Member['organization'],
    token,
    headers: { authorization: `Bearer ${token}`, 'x-organization-id': row.organization_id },
  };
}

/** Logs in through the page, as a person would. */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('button', { name: 'Se déconnecter' }).first().waitFor();
}

/** Moves the focus with Tab only, until the focused element's accessible text matches: the keyboard, as a person uses it. */
export async function tabTo(page: Page, name: RegExp, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
      return `${el.getAttribute('aria-label') ?? ''} ${label} ${el.textContent ?? ''} ${(el as HTMLInputElement).value ?? ''}`.trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** What the focused element is called: its label (without the DSFR's hint), or its text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body) return '(nothing: the page itself)';
    const label = el?.labels?.[0]?.cloneNode(true) as HTMLElement | undefined;
    label?.querySelectorAll('.fr-hint-text').forEach((hint) => hint.remove());
    return (label ?? el)?.textContent?.trim() ?? '';
  });
}

/** Waits (5 s at most) for the focus to be on the element called `name`: the page moves it once its update is drawn. */
export async function expectFocusOn(page: Page, name: string): Promise<void> {
  let focused = '';
  for (let i = 0; i < 50; i++) {
    focused = await focusedName(page);
    if (focused === name) return;
    await page.waitForTimeout(100);
  }
  expect(focused).toBe(name);
}

/** The focus is visible wherever the keyboard puts it (the DSFR's outline). */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThan(0);
}
