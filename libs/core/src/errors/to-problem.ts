import { HttpException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { Problems } from './common-problems';
import { Problem, ProblemType } from './problem';

const BY_STATUS: Record<number, ProblemType> = {
  400: Problems.badRequest,
  401: Problems.unauthenticated,
  403: Problems.forbidden,
  404: Problems.notFound,
  405: Problems.methodNotAllowed,
  409: Problems.conflict,
  413: Problems.payloadTooLarge,
  415: Problems.unsupportedMediaType,
  429: Problems.rateLimited,
  503: Problems.unavailable,
};

const DETAILS: Partial<Record<ProblemType['slug'], string>> = {
  [Problems.notFound.slug]: 'Aucune ressource ne correspond à cette adresse.',
  [Problems.payloadTooLarge.slug]: 'Le corps de la requête dépasse la taille admise.',
  [Problems.unsupportedMediaType.slug]: 'Ce type de contenu n’est pas accepté ; envoyez du JSON.',
  [Problems.methodNotAllowed.slug]: 'Cette méthode n’est pas acceptée sur cette adresse.',
};

/** PostgreSQL error codes that mean "try again" rather than "you are wrong". */
const TRANSIENT_PG_CODES = new Set(['40001', '40P01', '53300']);

/** The server is going away or not there yet (class 08: connection exception; 57P0x: shutdown, starting up). */
const PG_DOWN_CODE = /^(08|57P0)/;
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const PG_DOWN_MESSAGE = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed)/;
const REDIS_DOWN_MESSAGE = /^(Connection is closed\.|Reached the max retries per request limit|Stream isn't writeable)/;
/** Seconds a client waits before trying again while a dependency is down. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

/**
 * Which dependency an error says is unreachable (not a refusal of this request): PostgreSQL restarting or
 * gone, Redis disconnected. Null for anything else.
 */
export function unavailableDependency(exception: unknown): 'database' | 'redis' | null {
  const error = exception instanceof QueryFailedError ? (exception.driverError as Error & { code?: string }) : (exception as Error & { code?: string });
  if (!error || typeof error !== 'object') return null;
  const message = String(error.message ?? '');
  if (error.name === 'MaxRetriesPerRequestError' || REDIS_DOWN_MESSAGE.test(message)) return 'redis';
  // The connection died under a request (the server restarted, the backend was terminated): TypeORM released its
  // runner, and the request's next query finds it gone.
  if (error.name === 'QueryRunnerAlreadyReleasedError') return 'database';
  if (PG_DOWN_MESSAGE.test(message) || PG_DOWN_CODE.test(error.code ?? '')) return 'database';
  if (SOCKET_CODES.has(error.code ?? '')) return String(error.stack).includes('ioredis') ? 'redis' : 'database';
  return null;
}

const DOWN_DETAILS = {
  database: 'La base de données ne répond pas pour le moment ; réessayez dans quelques secondes.',
  redis: 'Un service interne (Redis) ne répond pas pour le moment ; réessayez dans quelques secondes.',
};

/**
 * Turns anything thrown while serving a request into a problem. Returns null for what is
 * a bug (the caller logs it and answers a bare 500): never leak its message.
 */
export function toProblem(exception: unknown): Problem | null {
  if (exception instanceof Problem) return exception;

  const down = unavailableDependency(exception);
  if (down) return new Problem(Problems.unavailable, DOWN_DETAILS[down], { headers: { 'retry-after': String(OUTAGE_RETRY_AFTER_SECONDS) } });

  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    // Fastify's body parser errors reach us as HttpException with a plain string.
    if (status === 400 && typeof response === 'string') {
      return new Problem(Problems.malformedBody, 'Le corps de la requête n’est pas un JSON valide.');
    }
    if (status >= 500) return status === 503 ? new Problem(Problems.unavailable) : null;
    const type = BY_STATUS[status] ?? Problems.badRequest;
    return new Problem(type, DETAILS[type.slug] ?? type.title);
  }

  if (exception instanceof QueryFailedError) {
    const code = (exception.driverError as { code?: string } | undefined)?.code;
    switch (code) {
      case '23505':
        return new Problem(Problems.conflict, 'Cette donnée existe déjà.');
      case '23503':
        return new Problem(Problems.conflict, 'Une donnée référencée n’existe pas, ou une donnée liée l’utilise encore.');
      case '23514':
      case '23P01':
        return new Problem(Problems.conflict, 'La demande enfreint une règle de cohérence des données.');
      // Malformed values, and text the database's encoding refuses (a NUL that slipped past the checks).
      case '22P02':
      case '22007':
      case '22008':
      case '22021':
      case '22P05':
        return new Problem(Problems.badRequest, 'Une valeur de la requête n’a pas le format attendu.');
      default:
        if (code && TRANSIENT_PG_CODES.has(code)) {
          return new Problem(Problems.unavailable, 'La base de données est momentanément occupée ; réessayez.', {
            headers: { 'retry-after': '1' },
          });
        }
        return null;
    }
  }
  return null;
}
