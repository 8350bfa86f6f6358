import { AddressInfo } from 'node:net';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { Logger } from '@nestjs/common';
import { Problem, loadConfig } from '@iae/core';
import { INDEX_SETTINGS, MeilisearchEngine, SearchRequest } from '@iae/search';

/**
 * The Meilisearch adapter's requests, checked against a local HTTP server that answers with the JSON
 * Meilisearch documents (https://www.meilisearch.com/docs/reference/api). This tests the protocol
 * only — paths, bodies, the reading of answers — NOT relevance: the contract suite does that against
 * a real Meilisearch when MEILI_HOST is set.
 */

interface Recorded {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

class FakeMeilisearch {
  readonly requests: Recorded[] = [];
  private server?: Server;
  private nextTask = 1;
  private readonly indexes = new Set<string>();
  searchAnswer: Record<string, unknown> = {};
  failSearches = false;

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const path = req.url ?? '';
    this.requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization, body: text ? JSON.parse(text) : undefined });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const task = (indexUid: string | null, type: string) =>
      send(202, { taskUid: this.nextTask++, indexUid, status: 'enqueued', type, enqueuedAt: '2026-11-23T09:00:00.000000Z' });

    const [, first, uid, sub, action] = path.split('?')[0].split('/');
    if (first === 'tasks') {
      return send(200, {
        uid: Number(uid),
        indexUid: null,
        status: 'succeeded',
        type: 'documentAdditionOrUpdate',
        details: {},
        error: null,
        duration: 'PT0.001S',
        enqueuedAt: '2026-11-23T09:00:00.000000Z',
        startedAt: '2026-11-23T09:00:00.000000Z',
        finishedAt: '2026-11-23T09:00:00.001000Z',
      });
    }
    if (first === 'indexes' && !uid && req.method === 'POST') {
      this.indexes.add((JSON.parse(text) as { uid: string }).uid);
      return task((JSON.parse(text) as { uid: string }).uid, 'indexCreation');
    }
    if (first === 'indexes' && uid && !sub && req.method === 'GET') {
      if (!this.indexes.has(uid)) {
        return send(404, {
          message: `Index \`${uid}\` not found.`,
          code: 'index_not_found',
          type: 'invalid_request',
          link: 'https://docs.meilisearch.com/errors#index_not_found',
        });
      }
      return send(200, { uid, primaryKey: 'id', createdAt: '2026-11-23T09:00:00Z', updatedAt: '2026-11-23T09:00:00Z' });
    }
    if (sub === 'settings') return task(uid, 'settingsUpdate');
    if (sub === 'search') {
      if (this.failSearches) return send(500, { message: 'internal', code: 'internal', type: 'internal', link: '' });
      return send(200, { query: '', processingTimeMs: 1, limit: 20, offset: 0, estimatedTotalHits: 0, hits: [], ...this.searchAnswer });
    }
    if (sub === 'documents' && action?.startsWith('delete')) return task(uid, 'documentDeletion');
    if (sub === 'documents') return task(uid, 'documentAdditionOrUpdate');
    if (sub === 'stats') return send(200, { numberOfDocuments: 0, isIndexing: false, fieldDistribution: {} });
    send(404, { message: 'not found', code: 'not_found', type: 'invalid_request', link: '' });
  }
}

const OFFER_SOURCE = {
  id: '0f7c1a52-2d4e-4a7b-9c1e-5b7f1d2c3a41',
  employerId: '6a1f0c3e-8b2d-4f5a-9e7c-1d2b3c4d5e6f',
  title: 'Cuisinier / Cuisinière',
  appellationCode: '13861',
  appellationLabel: 'Cuisinier / Cuisinière',
  romeCode: 'G1602',
  romeLabel: 'Personnel de cuisine',
  domainLetter: 'G',
  employerName: 'Restaurant d’insertion Le Bon Goût',
  employerBrand: null,
  employerKind: 'EI',
  kinds: ['EI'],
  contractType: 'FIXED_TERM_I',
  hoursPerWeek: 35,
  openPositions: 2,
  isResumeMandatory: true,
  spontaneousCandidaturesOpen: true,
  description: null,
  employerDescription: 'Cuisine de saison.',
  communeCode: '69266',
  communeName: 'Villeurbanne',
  departementCode: '69',
  latitude: 45.7667,
  longitude: 4.8803,
  activeUntil: '2026-12-09',
  updatedAt: new Date('2026-11-23T09:01:00Z'),
  recentCandidatures: 6,
  employerOpenPositions: 3,
};

const REQUEST: SearchRequest = {
  text: { raw: 'cuisinnier', words: ['cuisinnier'] },
  place: { latitude: 45.758, longitude: 4.835, radiusKm: 25 },
  filters: { kinds: ['EI'], contractTypes: ['FIXED_TERM_I'] },
  sort: 'relevance',
  offset: 20,
  limit: 10,
  today: '2026-11-23',
};

describe('Meilisearch adapter, against a local server speaking Meilisearch’s documented JSON (protocol only, not relevance)', () => {
  const fake = new FakeMeilisearch();
  let engine: MeilisearchEngine;
  const sources = {
    offersOf: async () => [OFFER_SOURCE],
    structures: async () => [],
    prescribers: async () => [],
  };

  beforeAll(async () => {
    // Outside an application, the adapter's warnings would go to the console.
    Logger.overrideLogger(false);
    const host = await fake.start();
    const config = loadConfig({
      JWT_SECRET: 'protocol-test-secret-protocol-test-000',
      SEARCH_ENGINE: 'meilisearch',
      MEILI_HOST: host,
      MEILI_API_KEY: 'clef-de-test',
      MEILI_INDEX_PREFIX: 'proto',
    });
    engine = new MeilisearchEngine(config, sources as never);
  });
  afterAll(() => fake.stop());
  beforeEach(() => {
    fake.requests.length = 0;
    fake.failSearches = false;
  });

  it('creates the three indexes with `id` as primary key and sends their settings as code, with the API key', async () => {
    await engine.prepare();
    const created = fake.requests.filter((r) => r.method === 'POST' && r.path === '/indexes').map((r) => r.body);
    expect(created).toEqual([
      { uid: 'proto_job_offers', primaryKey: 'id' },
      { uid: 'proto_structures', primaryKey: 'id' },
      { uid: 'proto_prescribers', primaryKey: 'id' },
    ]);
    const settings = fake.requests.filter((r) => r.method === 'PATCH');
    expect(settings.map((r) => r.path)).toEqual([
      '/indexes/proto_job_offers/settings',
      '/indexes/proto_structures/settings',
      '/indexes/proto_prescribers/settings',
    ]);
    expect(settings[0].body).toEqual(JSON.parse(JSON.stringify(INDEX_SETTINGS.offers)));
    expect(new Set(fake.requests.map((r) => r.authorization))).toEqual(new Set(['Bearer clef-de-test']));

    fake.requests.length = 0;
    await engine.prepare();
    expect(fake.requests.filter((r) => r.method === 'POST' && r.path === '/indexes')).toEqual([]);
  });

  it('sends a search with its filters, facets, page and no sort for relevance, and reads the answer', async () => {
    fake.searchAnswer = {
      hits: [
        {
          ...OFFER_SOURCE,
          domain: 'G',
          programmes: [],
          _geo: { lat: 45.7667, lng: 4.8803 },
          activeUntil: 20261209,
          updatedAt: '2026-11-23T09:01:00.000Z',
          pressure: 2,
        },
      ],
      estimatedTotalHits: 31,
      facetDistribution: { kinds: { EI: 30, ACI: 31 }, contractType: { FIXED_TERM_I: 31 }, departementCode: { '69': 31 }, domain: { G: 31 } },
    };
    const result = await engine.searchOffers(REQUEST);
    const [search] = fake.requests;
    expect(search).toMatchObject({ method: 'POST', path: '/indexes/proto_job_offers/search' });
    expect(search.body).toEqual({
      q: 'cuisinnier',
      filter: ['_geoRadius(45.758, 4.835, 25000)', 'activeUntil > 20261123', 'kinds IN ["EI"]', 'contractType IN ["FIXED_TERM_I"]'],
      facets: ['kinds', 'contractType', 'departementCode', 'domain'],
      limit: 10,
      offset: 20,
    });
    expect(result.total).toBe(31);
    expect(result.facets.kinds).toEqual([
      { value: 'ACI', count: 31 },
      { value: 'EI', count: 30 },
    ]);
    expect(result.hits[0]).toMatchObject({
      id: OFFER_SOURCE.id,
      employerKind: 'EI',
      domain: 'G',
      place: { communeCode: '69266', communeName: 'Villeurbanne', departementCode: '69', latitude: 45.7667, longitude: 4.8803 },
      updatedAt: '2026-11-23T09:01:00.000Z',
    });
  });

  it('sorts by distance from the commune with _geoPoint, and sends no query when nothing is typed', async () => {
    fake.searchAnswer = { hits: [], estimatedTotalHits: 0 };
    await engine.searchStructures({ ...REQUEST, text: { raw: '', words: [] }, sort: 'distance' });
    expect(fake.requests[0]).toMatchObject({ path: '/indexes/proto_structures/search', body: { q: null, sort: ['_geoPoint(45.758, 4.835):asc'] } });
    await engine.searchPrescribers({ text: { raw: '', words: [] }, place: REQUEST.place, kinds: ['ML'], offset: 0, limit: 20 });
    expect(fake.requests[1]).toMatchObject({
      path: '/indexes/proto_prescribers/search',
      body: { filter: ['_geoRadius(45.758, 4.835, 25000)', 'habilitated = true', 'kind IN ["ML"]'], sort: ['_geoPoint(45.758, 4.835):asc'] },
    });
  });

  it('replaces an employer’s offers: old ones deleted by filter first, then the current documents, then waits for the tasks', async () => {
    await engine.indexEmployers([OFFER_SOURCE.employerId]);
    const writes = fake.requests.filter((r) => r.method === 'POST');
    expect(writes.map((r) => r.path)).toEqual([
      '/indexes/proto_job_offers/documents/delete',
      '/indexes/proto_job_offers/documents',
      '/indexes/proto_structures/documents/delete-batch',
    ]);
    expect(writes[0].body).toEqual({ filter: `employerId IN ["${OFFER_SOURCE.employerId}"]` });
    expect(writes[1].body).toEqual([
      expect.objectContaining({
        id: OFFER_SOURCE.id,
        _geo: { lat: 45.7667, lng: 4.8803 },
        activeUntil: 20261209,
        updatedAt: '2026-11-23T09:01:00.000Z',
        pressure: 2,
        programmes: [],
        domain: 'G',
      }),
    ]);
    expect(writes[2].body).toEqual([OFFER_SOURCE.employerId]);
    expect(fake.requests.filter((r) => r.method === 'GET' && r.path.startsWith('/tasks/'))).toHaveLength(3);
  });

  it('answers 503 when Meilisearch fails, without its message', async () => {
    fake.failSearches = true;
    const error = await engine.searchOffers(REQUEST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Problem);
    expect((error as Problem).status).toBe(503);
    expect((error as Problem).detail).not.toContain('internal');
  });
});
