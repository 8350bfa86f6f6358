import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AppConfig, FieldErrorDocument, ProblemDocument, registerRouteWords, scrubText } from '@iae/core';
import { MAX_PARAM_LENGTH, clientErrorHandler, frameworkErrors, limitConnectionsPerClient, registerJsonParser } from './http-edges';
import { API_CSP, DOCS_CSP, serveWebApp } from './web-app';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const DOCS_PAGE = /^\/api\/docs(?:\/|$|\?)/;

/** Nest's own body parsers stay off: configureApp registers the JSON one, which checks a body's shape first. */
export const API_APP_OPTIONS = { bodyParser: false } as const;

/** The Fastify adapter with our limits and request ids; used by main.ts and the e2e tests alike. */
export function createFastifyAdapter(config: AppConfig): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: config.http.trustProxy,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: MAX_PARAM_LENGTH },
    // A request must arrive whole in time. Node reads these when it creates the server (set later, they
    // are ignored) and checks the open connections at this interval.
    requestTimeout: config.http.requestTimeoutMs,
    http: {
      requestTimeout: config.http.requestTimeoutMs,
      headersTimeout: Math.min(60_000, config.http.requestTimeoutMs),
      connectionsCheckingInterval: Math.min(1000, config.http.requestTimeoutMs),
    } as never,
    // A connection where nothing moves either way (a client that stops reading its answer) closes a minute later.
    connectionTimeout: config.http.requestTimeoutMs + 60_000,
    clientErrorHandler,
    frameworkErrors,
    genReqId: (req: IncomingMessage) => {
      const header = req.headers['x-request-id'];
      // A caller's id is kept only if the logs can write it as it is (a long digit string reads as a NIR to the scrubber).
      const id = typeof header === 'string' && REQUEST_ID.test(header) && scrubText(header) === header ? header : randomUUID();
      // The request logger reads it from here, so logs and responses share one id.
      (req as IncomingMessage & { id: string }).id = id;
      return id;
    },
  });
}

export async function configureApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();

  // The policy is written per response below (API, docs page, application pages), so helmet leaves it alone.
  await app.register(helmet, { contentSecurityPolicy: false });

  // Forms are read whole by the route that expects them (see @iae/storage readUpload).
  await app.register(multipart, { limits: { fileSize: config.storage.maxUploadBytes, files: 1 } });

  const fastify = app.getHttpAdapter().getInstance();
  // Logged URLs keep the routes' own words (and redact any other long segment, a token or a name typed in a path).
  fastify.addHook('onRoute', (route) => registerRouteWords(route.url));
  // JSON in, JSON out: a text body is a 415, not a string handed to the validators.
  fastify.removeContentTypeParser('text/plain');
  registerJsonParser(fastify);
  limitConnectionsPerClient(app.getHttpServer(), config);
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // The documentation page (Swagger UI) needs inline scripts and styles; no other answer does (the
    // application's pages set their own policy, with a nonce).
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', DOCS_PAGE.test(request.url) ? DOCS_CSP : API_CSP);
  });
  await serveWebApp(app, config);

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    customSiteTitle: 'Plateforme IAE — API',
  });
}

/** The OpenAPI document of the API: served at /api/docs-json, and the source of the web application's typed client. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Plateforme IAE — API')
      .setDescription(
        [
          'La place de marché ouverte de la prescription et du recrutement en insertion par l’activité économique (IAE).',
          '',
          '- Authentification : `POST /api/auth/login` renvoie un jeton d’accès (JWT, 15 min) à envoyer dans `Authorization: Bearer …` et un jeton de rafraîchissement à usage unique (`POST /api/auth/refresh`).',
          '- Organisation : un professionnel agit pour une organisation, indiquée par l’en-tête `X-Organization-Id` (ou dans le chemin).',
          '- Équipe de la plateforme : toute lecture des données d’un candidat porte un motif, en-tête `X-Access-Reason` (encodé URL), enregistré dans le journal que le candidat consulte.',
          '- Erreurs : toujours `application/problem+json` (RFC 9457) ; `type` est stable (liste : `GET /api/problems`), `errors[]` détaille chaque champ.',
          '- Listes : pagination par curseur (`cursor`, `limit` ≤ 100). Écritures : en-tête `Idempotency-Key` accepté (une requête rejouée avec la même clé n’agit pas deux fois).',
        ].join('\n'),
      )
      .setVersion('1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
    { extraModels: [ProblemDocument, FieldErrorDocument] },
  );
}
