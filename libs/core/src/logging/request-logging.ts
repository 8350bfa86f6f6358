import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PARAMS_PROVIDER_TOKEN, type Params } from 'nestjs-pino';
import type { Level, Logger } from 'pino';

/**
 * The request a line is logged for. Every line logged while it runs carries its id (`reqId`, through pino's mixin),
 * without a child logger per request: two children per request were a fifth of the API's time on its lightest route.
 */
const requestContext = new AsyncLocalStorage<{ reqId: string }>();

/** pino's mixin: the current request's id, if any (nothing in the worker). */
export function requestBindings(): { reqId?: string } {
  const store = requestContext.getStore();
  return store ? { reqId: store.reqId } : {};
}

/** A 503 is a dependency down, logged once per outage by the problem filter: not an error per request. */
function requestLogLevel(statusCode: number): Level {
  if (statusCode >= 500 && statusCode !== 503) return 'error';
  return statusCode >= 400 ? 'warn' : 'info';
}

/** Middie hands middlewares the URL below their mount point; `originalUrl` is the one asked. */
type IdentifiedRequest = IncomingMessage & { originalUrl?: string };

/** One line per request once answered (or abandoned by its client), with its id, method, scrubbed URL, status and duration. */
@Injectable()
export class RequestLogging implements NestMiddleware<IdentifiedRequest, ServerResponse> {
  private readonly logger: Logger;

  /** This application's own logger (nestjs-pino's PinoLogger would answer the first one created in the process). */
  constructor(@Inject(PARAMS_PROVIDER_TOKEN) params: Params) {
    this.logger = (params.pinoHttp as { logger: Logger }).logger;
  }

  use(req: IdentifiedRequest, res: ServerResponse, next: () => void): void {
    // The adapter's genReqId wrote it (an accepted X-Request-Id, else a UUID): logs and responses share it.
    const reqId = String((req as { id?: unknown }).id ?? '');
    const url = req.originalUrl ?? req.url;
    if (!url?.startsWith('/api/health')) {
      const started = Date.now();
      const done = (): void => {
        res.removeListener('finish', done);
        res.removeListener('close', done);
        const level = requestLogLevel(res.statusCode);
        if (!this.logger.isLevelEnabled(level)) return;
        // The logger's req and res serializers keep of them the id, method, scrubbed URL and status.
        this.logger[level]({ reqId, req, res, responseTime: Date.now() - started }, res.writableFinished ? 'request completed' : 'request aborted');
      };
      res.on('finish', done);
      res.on('close', done);
    }
    requestContext.run({ reqId }, next);
  }
}
