import { CallHandler, ExecutionContext, Injectable, NestInterceptor, OnModuleInit, SetMetadata, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiHeader } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { Observable, from, lastValueFrom } from 'rxjs';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { Problems, validationProblem } from '../errors/common-problems';
import { Problem } from '../errors/problem';
import { actorOf } from '../context/actor';
import { ScheduledJobs } from '../queue/scheduled-jobs';

const IDEMPOTENT = Symbol('idempotent');
const KEY_FORMAT = /^[\x21-\x7e]{8,255}$/;
/** A key is remembered this long; a retry after that creates anew. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

/** Marks a create endpoint: the same `Idempotency-Key` from the same caller creates once and replays the answer. */
export function Idempotent(): MethodDecorator {
  return applyDecorators(
    SetMetadata(IDEMPOTENT, true),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: `Clé unique choisie par le client (8 à 255 caractères, un UUID par exemple). Renvoyer la même requête avec la même clé pendant ${IDEMPOTENCY_KEY_TTL_HOURS} h ne crée rien de plus et rejoue la première réponse.`,
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

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> | Promise<Observable<unknown>> {
    if (!this.reflector.get<boolean>(IDEMPOTENT, context.getHandler())) return next.handle();
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
    const scope = actorOf(request)?.userId ?? `anonymous:${request.ip}`;
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.routeOptions.url ?? request.url}\n${canonicalJson(request.params)}\n${canonicalJson(request.body)}`)
      .digest('hex');
    const inserted: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (scope, key) DO NOTHING RETURNING id`,
      [scope, key, requestHash, this.clock.now()],
    );
    if (inserted.length === 0) return this.replay(reply, scope, key, requestHash);

    const id = inserted[0].id;
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.dataSource.query(`UPDATE idempotency_keys SET response_status = $2, response_body = $3 WHERE id = $1`, [
        id,
        reply.statusCode,
        JSON.stringify(body ?? null),
      ]);
      return body;
    } catch (error) {
      // A failed attempt is forgotten, so the client may retry with the same key.
      await this.dataSource.query(`DELETE FROM idempotency_keys WHERE id = $1`, [id]);
      throw error;
    }
  }

  private async replay(reply: FastifyReply, scope: string, key: string, requestHash: string): Promise<unknown> {
    const [row] = await this.dataSource.query(`SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE scope = $1 AND key = $2`, [
      scope,
      key,
    ]);
    if (!row) throw new Problem(Problems.idempotencyConflict, 'La requête d’origine vient d’échouer ; renvoyez-la.');
    if (row.request_hash !== requestHash) {
      throw new Problem(Problems.idempotencyConflict, 'Cette clé d’idempotence a déjà servi pour une requête différente.');
    }
    if (row.response_status === null) {
      throw new Problem(Problems.idempotencyConflict, 'La requête d’origine est encore en cours ; réessayez dans un instant.', {
        headers: { 'retry-after': '1' },
      });
    }
    reply.header('idempotent-replayed', 'true');
    return row.response_body;
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
