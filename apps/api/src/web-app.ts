import fastifyStatic from '@fastify/static';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { AppConfig } from '@iae/core';
import { hasOverlongSegment, sendUriTooLong } from './http-edges';

const HTML_PLACEHOLDERS = { nonce: '__CSP_NONCE__', operator: '__IAE_OPERATOR__', pageClass: '__IAE_PAGE_CLASS__', heading: '__IAE_PAGE_HEADING__' };

interface PageHeading {
  title: string;
  intro?: string;
  wide?: boolean;
}

/**
 * The shell's heading of each public page whose words never change (apps/web/src/page-headings.ts, built into
 * page-headings.json): painted with the stylesheet, it is the page's largest text before the script has run, in the
 * markup `<Page>` renders in its place.
 */
export function shellHeadings(headings: Record<string, PageHeading>): Map<string, { pageClass: string; heading: string }> {
  return new Map(
    Object.entries(headings).map(([path, { title, intro, wide }]) => [
      path,
      {
        pageClass: wide ? '' : 'iae-page',
        heading:
          `<h1 tabindex="-1" class="iae-page-title">${escapeAttribute(title)}</h1>` +
          (intro ? `<div class="fr-mb-3w"><p>${escapeAttribute(intro)}</p></div>` : ''),
      },
    ]),
  );
}

/** The operator's texts of the page's static shell (index.html paints the layout before the application's script runs). */
export function shellTexts(web: Pick<AppConfig['web'], 'brand' | 'operatorName' | 'serviceName' | 'serviceTagline'>): Record<string, string> {
  const escape = escapeAttribute;
  return {
    __IAE_HTML_CLASS__: web.brand === 'state' ? '' : 'iae-unbranded',
    // As the application's header writes it: the operator's name on its lines under the Marianne, or the service's name.
    __IAE_BRAND_TOP__: web.brand === 'state' ? web.operatorName.split('\\n').map(escape).join('<br />') : escape(web.serviceName),
    __IAE_SERVICE_NAME__: escape(web.serviceName),
    __IAE_SERVICE_TAGLINE__: escape(web.serviceTagline),
  };
}

/** The API's own answers and the OpenAPI page: nothing inline. */
export const API_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
/** Swagger UI writes inline styles; it is the only page that may. */
export const DOCS_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** The application's pages: scripts from our origin only; styles from our origin or the one <style> the DSFR writes, carrying this response's nonce. */
export function pageCsp(nonce: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Serves the web application at `/`: hashed assets cached for a year, `index.html` (never cached) for every client
 * route, and never in place of `/api`, whose unknown paths stay problem+json 404s.
 */
export async function serveWebApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const root = config.web.dir;
  const indexFile = join(root, 'index.html');
  const fastify = app.getHttpAdapter().getInstance();
  if (!existsSync(indexFile)) {
    fastify.get('/', async (_request, reply) => {
      reply.type('text/plain; charset=utf-8').send('L’application web n’est pas construite : `npm run build` la construit (l’API répond sous /api).');
    });
    return;
  }
  // The operator's texts never change while the process runs: written into the shell once.
  const template = Object.entries(shellTexts(config.web)).reduce(
    (html, [placeholder, text]) => html.replaceAll(placeholder, text),
    readFileSync(indexFile, 'utf8'),
  );
  const operator = JSON.stringify({
    brand: config.web.brand,
    operatorName: config.web.operatorName,
    serviceName: config.web.serviceName,
    serviceTagline: config.web.serviceTagline,
  });
  const headingsFile = join(root, 'page-headings.json');
  const headings = shellHeadings(existsSync(headingsFile) ? (JSON.parse(readFileSync(headingsFile, 'utf8')) as Record<string, PageHeading>) : {});
  // Vite wrote .br and .gz beside each script and stylesheet: sent to the browsers that accept them.
  await app.register(fastifyStatic, { root, serve: false, preCompressed: true });

  const sendIndex = (reply: FastifyReply, path: string) => {
    const nonce = randomBytes(16).toString('base64');
    const page = headings.get(path.length > 1 ? path.replace(/\/+$/, '') : path);
    const html = template
      .replaceAll(HTML_PLACEHOLDERS.nonce, nonce)
      .replaceAll(HTML_PLACEHOLDERS.operator, escapeAttribute(operator))
      .replace(HTML_PLACEHOLDERS.pageClass, page?.pageClass ?? '')
      .replace(HTML_PLACEHOLDERS.heading, page?.heading ?? '');
    return reply.header('content-security-policy', pageCsp(nonce)).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  };

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = decodeURIComponent(request.url.split('?')[0]);
    if (path === '/api' || path.startsWith('/api/')) return hasOverlongSegment(path) ? sendUriTooLong(reply) : reply.callNotFound();
    const file = normalize(path).replace(/^(\.\.(\/|\\|$))+/, '');
    if (file !== '/' && file !== '/index.html' && isFile(join(root, file))) {
      // Vite names what it builds after its content: such a file never changes.
      const hashed = file.startsWith('/assets/');
      return reply.sendFile(file, { maxAge: hashed ? 365 * 86_400_000 : 3_600_000, immutable: hashed });
    }
    // A missing asset is a 404, not the application's page.
    if (/\.[a-z0-9]{2,5}$/i.test(file)) return reply.callNotFound();
    return sendIndex(reply, path);
  };
  fastify.route({ method: ['GET', 'HEAD'], url: '/*', handler });
  fastify.route({ method: ['GET', 'HEAD'], url: '/', handler });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
