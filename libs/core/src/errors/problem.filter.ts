import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { Problems } from './common-problems';
import { PROBLEM_CONTENT_TYPE, Problem } from './problem';
import { OutageWatch } from './outage-log';
import { toProblem, unavailableDependency } from './to-problem';

/** Every error leaves as application/problem+json; bugs are logged, never described to the client. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');
  private readonly outages = new OutageWatch(({ level, ...line }) => this.logger[level](line, line.message));

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();

    let problem = toProblem(exception);
    if (!problem) {
      this.logger.error({ err: exception, reqId: request.id }, 'Unhandled error');
      problem = new Problem(Problems.internal, `Erreur interne (requête ${request.id}).`);
    } else if (problem.status >= 500 && !(exception instanceof Problem)) {
      const dependency = unavailableDependency(exception);
      if (dependency) this.outages.failed(dependency, exception);
      else this.logger.warn({ err: exception, reqId: request.id }, 'Service unavailable');
    }
    sendProblem(reply, problem);
  }
}

/** A whole HTTP/1.1 answer carrying a problem, for errors met before Fastify has a reply (bad request line, headers). */
export function rawProblemResponse(problem: Problem): string {
  const body = JSON.stringify(problem.toBody());
  return [
    `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? 'Error'}`,
    `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

export function sendProblem(reply: FastifyReply, problem: Problem): void {
  if (reply.sent) return;
  const headers: Record<string, string> = { ...(problem.options.headers ?? {}) };
  if (problem.status === 401) headers['www-authenticate'] = 'Bearer';
  reply.status(problem.status).headers(headers).type(PROBLEM_CONTENT_TYPE).send(problem.toBody());
}
