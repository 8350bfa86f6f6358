import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { Problems } from './common-problems';
import { Problem } from './problem';
import { MaxRetriesPerRequestError } from 'ioredis/built/errors';
import { toProblem, unavailableDependency } from './to-problem';

const pgError = (code: string) => new QueryFailedError('INSERT …', [], Object.assign(new Error('boom: secret SQL'), { code }));

describe('everything thrown becomes a problem, and nothing internal leaks', () => {
  it('keeps our own problems as they are', () => {
    const problem = new Problem(Problems.forbidden, 'Non.');
    expect(toProblem(problem)).toBe(problem);
  });

  it('maps Fastify body errors and Nest HTTP errors by status', () => {
    expect(toProblem(new HttpException('Unexpected end of JSON input', 400))?.type).toBe(Problems.malformedBody);
    expect(toProblem(new HttpException('Request body is too large', 413))?.type).toBe(Problems.payloadTooLarge);
    expect(toProblem(new HttpException('Unsupported Media Type', 415))?.type).toBe(Problems.unsupportedMediaType);
    expect(toProblem(new NotFoundException('Cannot GET /x'))?.detail).toBe('Aucune ressource ne correspond à cette adresse.');
    expect(toProblem(new BadRequestException({ message: 'x' }))?.type).toBe(Problems.badRequest);
  });

  it('maps database refusals without their SQL', () => {
    for (const code of ['23505', '23503', '23514', '23P01']) {
      const problem = toProblem(pgError(code));
      expect(problem?.status).toBe(409);
      expect(JSON.stringify(problem?.toBody())).not.toContain('secret SQL');
    }
    expect(toProblem(pgError('40001'))?.status).toBe(503);
    expect(toProblem(pgError('22P02'))?.status).toBe(400);
    // Text the encoding refuses (NUL, untranslatable): malformed input, never a 500.
    expect(toProblem(pgError('22021'))?.status).toBe(400);
    expect(toProblem(pgError('22P05'))?.status).toBe(400);
  });

  it('answers 503 with Retry-After when PostgreSQL or Redis cannot be reached, never 500', () => {
    const database = [
      new QueryFailedError('INSERT …', [], new Error('Connection terminated unexpectedly')),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', syscall: 'connect' }),
      new Error('timeout exceeded when trying to connect'),
      new Error('Client has encountered a connection error and is not queryable'),
      pgError('57P01'),
      pgError('57P03'),
      pgError('08006'),
      new QueryRunnerAlreadyReleasedError(),
    ];
    for (const error of database) {
      expect({ error: error.message, problem: toProblem(error)?.toBody() }).toMatchObject({
        problem: { status: 503, type: '/api/problems/service-unavailable' },
      });
      expect(toProblem(error)?.options.headers?.['retry-after']).toMatch(/^\d+$/);
      expect(unavailableDependency(error)).toBe('database');
    }
    for (const error of [new MaxRetriesPerRequestError(2), new Error('Connection is closed.')]) {
      expect(toProblem(error)?.status).toBe(503);
      expect(unavailableDependency(error)).toBe('redis');
    }
    expect(unavailableDependency(pgError('40001'))).toBeNull();
    expect(unavailableDependency(new TypeError('x'))).toBeNull();
  });

  it('leaves bugs to a bare 500', () => {
    expect(toProblem(new TypeError('undefined is not a function'))).toBeNull();
    expect(toProblem(pgError('42P01'))).toBeNull();
    expect(toProblem(new HttpException('oops', 500))).toBeNull();
  });

  it('writes RFC 9457 members, with extensions and field errors', () => {
    const body = new Problem(Problems.validation, 'Un champ est invalide.', {
      errors: [{ field: 'email', code: 'isEmail', message: 'm' }],
      extensions: { retryAfterSeconds: 3 },
    }).toBody();
    expect(body).toEqual({
      type: '/api/problems/validation-error',
      title: 'Données invalides',
      status: 400,
      detail: 'Un champ est invalide.',
      errors: [{ field: 'email', code: 'isEmail', message: 'm' }],
      retryAfterSeconds: 3,
    });
  });
});
