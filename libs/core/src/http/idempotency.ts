import { CallHandler, ExecutionContext, Injectable, NestInterceptor, OnModuleInit, UseInterceptors, applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { Observable, from, lastValueFrom } from 'rxjs';
import { DataSource, EntityManager, QueryRunner, ReplicationMode } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { Clock } from '../clock/clock';
import { Problems, validationProblem } from '../errors/common-problems';
import { Problem } from '../errors/problem';
import { actorOf } from '../context/actor';
import { ScheduledJobs } from '../queue/scheduled-jobs';
import { MultipartForm, formFields, readMultipartForm } from './multipart-form';

const KEY_FORMAT = /^[\x21-\x7e]{8,255}$/;
/** A key is remembered this long; a retry after that creates anew. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;
const LOCK_NOT_AVAILABLE = '55P03';

/**
 * Marks a write endpoint: the same `Idempotency-Key` from the same caller acts once and replays the answer; the same
 * key with another request (method, route, parameters, body, or uploaded file) is refused with a 409.
 */
export function Idempotent(): MethodDecorator {
  return applyDecorators(
    // On these routes only: a route without interceptors skips Nest's interceptor chain (rxjs, two AsyncResource.bind
    // per request), about a tenth of a read's cost in the API.
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: `Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant ${IDEMPOTENCY_KEY_TTL_HOURS} h n’agit pas deux fois et rejoue la première réponse ; une autre requête avec la même clé est refusée (409).`,
    }),
  );
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const UPLOAD_DIGEST = Symbol('uploadDigest');

/** What stands for an uploaded file (its field, name, content and the form's other fields) in the request a key protects. */
function uploadDigest(upload: { fieldName: string; fileName?: string; content: Buffer; fields: Record<string, string> }): string {
  return createHash('sha256')
    .update(canonicalJson({ field: upload.fieldName, fileName: upload.fileName ?? null, fields: upload.fields }))
    .update('\0')
    .update(upload.content)
    .digest('hex');
}

/** What stands for a whole multipart form: its one file and its text fields, read the same by the handler and by a retry. */
export function formDigest(form: MultipartForm): string {
  if (form.unreadable) return 'unreadable';
  const [file, ...others] = form.files;
  if (!file?.content || file.truncated || others.length > 0) return `files:${form.files.length}`;
  return uploadDigest({ fieldName: file.fieldName, fileName: file.fileName, content: file.content, fields: formFields(form) });
}

/**
 * Called by whoever reads a multipart upload: the body of an idempotent upload is its file, which the interceptor
 * cannot read before the handler does; it binds the key to this digest once the handler has read it.
 */
export function recordUploadDigest(request: FastifyRequest, digest: string): void {
  (request as FastifyRequest & { [UPLOAD_DIGEST]?: string })[UPLOAD_DIGEST] = digest;
}

/**
 * The connection an idempotent request runs on: its work and its key commit together, or neither does. `afterwards`
 * holds work that must not share that fate (`keptWhateverHappens`).
 */
type KeptWork = Array<() => Promise<unknown>>;
const requestTransaction = new AsyncLocalStorage<{ runner?: QueryRunner; afterwards: KeptWork }>();
const JOINED = Symbol('joinsRequestTransaction');
/** How long a retry waits for the first attempt with the same key before answering 409. */
const CLAIM_WAIT = '10s';

/**
 * Makes every query of the current idempotent request (repositories, query builders, `transaction()`,
 * which nests as a savepoint) run on that request's connection and transaction.
 */
function joinRequestTransactions(dataSource: DataSource): void {
  const patched = dataSource as DataSource & { [JOINED]?: true };
  if (patched[JOINED]) return;
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = ((mode?: ReplicationMode) => requestTransaction.getStore()?.runner ?? create(mode)) as DataSource['createQueryRunner'];
  patched[JOINED] = true;
}

/**
 * Writes, in a transaction of its own, what the request's failure must not undo (a refused attempt in the person's
 * access log). Within an idempotent request, whose work rolls back with its key on an error: when the request fails,
 * it runs once that transaction has ended and its connection is back in the pool (a request never waits for a second
 * connection while holding one), before the answer, and its own failure is the request's; when the request succeeds,
 * it commits with the request and its key (and is done again on its own if that commit fails). One kept work failing
 * does not stop the others.
 */
export async function keptWhateverHappens(dataSource: DataSource, work: (manager: EntityManager) => Promise<unknown>): Promise<void> {
  const store = requestTransaction.getStore();
  if (store?.runner) store.afterwards.push(() => dataSource.transaction(work));
  else await dataSource.transaction(work);
}

/** What the store keeps of an answer: sealed with a key derived from the client's own, which it never stores. */
export class IdempotencySeal {
  constructor(private readonly secret: string) {}

  private derive(purpose: string, scope: string, key: string): Buffer {
    return createHmac('sha256', this.secret).update(`${purpose}\0${scope}\0${key}`).digest();
  }

  /** The row's lookup name: neither the client's key nor the caller's id can be read back from it. */
  lookup(scope: string, key: string): string {
    return this.derive('lookup', scope, key).toString('hex');
  }

  requestHash(scope: string, key: string, request: string): string {
    return createHmac('sha256', this.derive('request', scope, key))
      .update(request)
      .digest('hex');
  }

  seal(scope: string, key: string, body: unknown): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.derive('seal', scope, key), iv);
    const sealed = Buffer.concat([cipher.update(JSON.stringify(body ?? null), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
  }

  open(scope: string, key: string, sealed: Buffer): unknown {
    const decipher = createDecipheriv('aes-256-gcm', this.derive('seal', scope, key), sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return JSON.parse(Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8'));
  }
}

/**
 * The same key from the same caller creates once. The key is claimed in the transaction of the work it
 * protects and answered before it commits: a crash or an outage leaves either the work and its answer, or
 * nothing (and the retry does the work). A retry during the first attempt waits for its outcome.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly seal: IdempotencySeal;
  private readonly maxUploadBytes: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.seal = new IdempotencySeal(`idempotency:${config.auth.jwtSecret}`);
    this.maxUploadBytes = config.storage.maxUploadBytes;
    joinRequestTransactions(dataSource);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> | Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const header = request.headers['idempotency-key'];
    if (header === undefined) return next.handle();
    const key = Array.isArray(header) ? header[0] : header;
    if (!KEY_FORMAT.test(key)) {
      throw validationProblem([
        { field: 'Idempotency-Key', code: 'invalidIdempotencyKey', message: 'L’en-tête « Idempotency-Key » doit contenir de 8 à 255 caractères imprimables.' },
      ]);
    }
    return from(this.handle(request, context.switchToHttp().getResponse<FastifyReply>(), key, next));
  }

  private async handle(request: FastifyRequest, reply: FastifyReply, key: string, next: CallHandler): Promise<unknown> {
    const afterwards: KeptWork = [];
    const outcome = await this.handleInTransaction(request, reply, key, next, afterwards).then(
      (body) => ({ body }),
      (error: unknown) => ({ error }),
    );
    // Each kept work runs, whichever fails; the first failure is the request's.
    const failures: unknown[] = [];
    for (const work of afterwards.splice(0)) await work().catch((error: unknown) => failures.push(error));
    if (failures.length) throw failures[0];
    if ('error' in outcome) throw outcome.error;
    return outcome.body;
  }

  private async handleInTransaction(request: FastifyRequest, reply: FastifyReply, key: string, next: CallHandler, afterwards: KeptWork): Promise<unknown> {
    const scope = actorOf(request)?.userId ?? `anonymous:${request.ip}`;
    const lookup = this.seal.lookup(scope, key);
    const requestHash = this.requestHash(request, scope, key);
    const runner = this.dataSource.createQueryRunner();
    const release = runner.release.bind(runner);
    // Code run by the request releases the runners it takes; this one lives as long as the request.
    runner.release = () => Promise.resolve();
    const store: { runner?: QueryRunner; afterwards: KeptWork } = { runner, afterwards };
    // The kept works done inside the request's transaction: if it then fails to commit, they are done again after it.
    let keptInside: KeptWork = [];
    try {
      await runner.connect();
      await runner.startTransaction();
      // Blocks while another attempt with this key is running, then sees whether it committed.
      await runner.query(`SET LOCAL lock_timeout = '${CLAIM_WAIT}'`);
      const claimed: Array<{ id: string }> = await runner.query(
        `INSERT INTO idempotency_keys (key, request_hash, created_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING RETURNING id`,
        [lookup, requestHash, this.clock.now()],
      );
      await runner.query(`SET LOCAL lock_timeout TO DEFAULT`);
      if (claimed.length === 0) {
        await runner.rollbackTransaction();
        // An upload's body is its file, unread so far: read here, the handler not running.
        const replayed =
          typeof request.isMultipart === 'function' && request.isMultipart()
            ? this.requestHash(request, scope, key, await this.readUploadDigest(request))
            : requestHash;
        return await this.replay(runner, reply, scope, key, lookup, replayed);
      }
      const body = await requestTransaction.run(store, async () => {
        const answer = await lastValueFrom(next.handle(), { defaultValue: undefined });
        // The request succeeds: what it kept aside commits with it and its key (a retry replays all, or redoes all).
        keptInside = afterwards.splice(0);
        for (const work of keptInside) await work();
        return answer;
      });
      // An upload's file is known now: the key stands for this file from here on.
      const uploaded = (request as FastifyRequest & { [UPLOAD_DIGEST]?: string })[UPLOAD_DIGEST];
      await runner.query(`UPDATE idempotency_keys SET response_status = $2, response_sealed = $3, request_hash = $4 WHERE id = $1`, [
        claimed[0].id,
        reply.statusCode,
        this.seal.seal(scope, key, body),
        uploaded === undefined ? requestHash : this.requestHash(request, scope, key, uploaded),
      ]);
      await runner.commitTransaction();
      return body;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      afterwards.push(...keptInside);
      if ((error as { driverError?: { code?: string } }).driverError?.code === LOCK_NOT_AVAILABLE) {
        throw new Problem(Problems.idempotencyConflict, 'La requête d’origine est encore en cours ; réessayez dans un instant.', {
          headers: { 'retry-after': '1' },
        });
      }
      throw error;
    } finally {
      // Anything the request left running after its answer gets connections of its own.
      store.runner = undefined;
      await release();
    }
  }

  private requestHash(request: FastifyRequest, scope: string, key: string, upload?: string): string {
    // Who the request acts for is part of it: the same key sent for another of the user's organisations (or with
    // another staff reason) is another request, refused, not the first one's answer replayed.
    const reason = request.headers['x-access-reason'];
    const actingFor = `${actorOf(request)?.organization?.id ?? '-'} ${canonicalJson(Array.isArray(reason) ? reason : (reason ?? null))}`;
    const route = `${request.method} ${request.routeOptions.url ?? request.url}\n${canonicalJson(request.params)}\n${actingFor}`;
    return this.seal.requestHash(scope, key, `${route}\n${upload === undefined ? canonicalJson(request.body) : `upload:${upload}`}`);
  }

  /** A replayed upload's form, read here as the handler reads it (the handler does not run): the same key with another file is refused. */
  private async readUploadDigest(request: FastifyRequest): Promise<string> {
    return formDigest(await readMultipartForm(request, this.maxUploadBytes));
  }

  private async replay(runner: QueryRunner, reply: FastifyReply, scope: string, key: string, lookup: string, requestHash: string): Promise<unknown> {
    const [row] = await runner.query(`SELECT request_hash, response_sealed FROM idempotency_keys WHERE key = $1`, [lookup]);
    // Gone between the two reads: purged, so this request is a new one.
    if (!row) throw new Problem(Problems.idempotencyConflict, 'La requête d’origine vient d’être oubliée ; renvoyez-la.', { headers: { 'retry-after': '1' } });
    if (row.request_hash !== requestHash) {
      throw new Problem(Problems.idempotencyConflict, 'Cette clé d’idempotence a déjà servi pour une requête différente.');
    }
    reply.header('idempotent-replayed', 'true');
    return this.seal.open(scope, key, row.response_sealed);
  }
}

/** Registers the purge of old keys with the scheduled jobs (the worker runs it). */
@Injectable()
export class IdempotencyKeysPurge implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: ScheduledJobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'core.purge-idempotency-keys',
      description: `Oublie les clés d’idempotence de plus de ${IDEMPOTENCY_KEY_TTL_HOURS} heures.`,
      cron: '17 * * * *',
      run: async ({ now, dryRun }) => {
        const cutoff = new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_HOURS * 3600_000);
        const sql = dryRun
          ? `SELECT count(*)::int AS n FROM idempotency_keys WHERE created_at < $1`
          : `WITH d AS (DELETE FROM idempotency_keys WHERE created_at < $1 RETURNING 1) SELECT count(*)::int AS n FROM d`;
        const [{ n }] = await this.dataSource.query(sql, [cutoff]);
        return { summary: `${n} idempotency key(s) ${dryRun ? 'to purge' : 'purged'}`, purged: n };
      },
    });
  }
}
