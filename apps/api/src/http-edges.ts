import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { AppConfig, JSON_LIMITS, Problem, Problems, jsonShapeViolation, rawProblemResponse, sendProblem } from '@iae/core';

/**
 * What the HTTP layer refuses before any route runs, each answered as problem+json: bodies built to
 * be expensive, requests that never finish, a client holding too many connections, and the errors
 * Node and Fastify raise themselves (bad request line, oversized headers, undecodable path).
 */

/** Node's own client errors (no Fastify reply exists yet): the answer is written on the socket. */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const problem =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? new Problem(Problems.requestTimeout, 'La requête n’est pas arrivée en entier dans le délai admis.')
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? new Problem(Problems.headersTooLarge, 'Les en-têtes de la requête dépassent 16 Kio.')
        : new Problem(Problems.badRequest, 'La requête HTTP est mal formée.');
  if (socket.writable) socket.write(rawProblemResponse(problem));
  socket.destroy();
}

/** Longer than any identifier of ours: the router refuses such a path parameter. */
export const MAX_PARAM_LENGTH = 300;

export function sendUriTooLong(reply: FastifyReply): void {
  sendProblem(reply, new Problem(Problems.uriTooLong, 'Un segment de l’adresse dépasse la longueur de tout identifiant.'));
}

/** Whether an API path has a segment no route parameter accepts (the router then falls through to the application's catch-all). */
export function hasOverlongSegment(path: string): boolean {
  return path.split('/').some((segment) => segment.length > MAX_PARAM_LENGTH);
}

/** Fastify's errors raised while routing (a path that does not decode, a parameter too long). */
export function frameworkErrors(error: Error & { code?: string }, _request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return sendUriTooLong(reply);
  sendProblem(reply, new Problem(Problems.badRequest, 'L’adresse de la requête est mal encodée.'));
}

/** JSON bodies: their shape is checked on the raw text, then Fastify's own parser (prototype poisoning refused) reads them. */
export function registerJsonParser(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const violation = jsonShapeViolation(body as string);
    if (violation) {
      const detail =
        violation.rule === 'maxDepth'
          ? `Le JSON imbrique plus de ${violation.limit} niveaux.`
          : `Le JSON compte plus de ${violation.limit} valeurs (éléments de listes et champs).`;
      return done(new Problem(Problems.bodyTooComplex, detail, { extensions: { limits: JSON_LIMITS } }), undefined);
    }
    void parse(request, body as string, done);
  });
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * One client address holds at most `max` connections at once: the next one is answered 429 and
 * closed, so a few slow clients cannot take every socket. Behind a proxy every connection comes from
 * the proxy, which must do this instead.
 */
export function limitConnectionsPerClient(server: Server, config: AppConfig): void {
  const max = config.http.maxConnectionsPerClient;
  if (!max || config.http.trustProxy) return;
  const open = new Map<string, number>();
  // Node's own listener (which would parse the request) runs only for the connections accepted.
  const accept = server.listeners('connection') as Array<(socket: Socket) => void>;
  server.removeAllListeners('connection');
  server.on('connection', (socket: Socket) => {
    const client = socket.remoteAddress ?? 'unknown';
    // The host itself (health checks, benchmarks, the tests) is not a client to hold back.
    if (LOOPBACK.has(client)) {
      for (const listener of accept) listener.call(server, socket);
      return;
    }
    const count = (open.get(client) ?? 0) + 1;
    if (count > max) {
      const problem = new Problem(
        Problems.rateLimited,
        `Trop de connexions ouvertes depuis votre adresse (${max} au plus) ; fermez-en avant d’en ouvrir d’autres.`,
      );
      socket.on('error', () => undefined);
      socket.end(rawProblemResponse(problem));
      // Nobody reads this socket: drain what the client sends so it can close, and never wait long for it.
      socket.resume();
      setTimeout(() => socket.destroy(), 5_000).unref();
      return;
    }
    open.set(client, count);
    socket.once('close', () => {
      const left = (open.get(client) ?? 1) - 1;
      if (left > 0) open.set(client, left);
      else open.delete(client);
    });
    for (const listener of accept) listener.call(server, socket);
  });
}
