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
const TRANSIENT_PG_CODES = new Set(['40001', '40P01', '57P01', '57P03', '53300', '08006', '08001']);

/**
 * Turns anything thrown while serving a request into a problem. Returns null for what is
 * a bug (the caller logs it and answers a bare 500): never leak its message.
 */
export function toProblem(exception: unknown): Problem | null {
  if (exception instanceof Problem) return exception;

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
      case '22P02':
      case '22007':
      case '22008':
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
