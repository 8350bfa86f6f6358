import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { AppConfig } from '../config/app-config';
import { RequestLogging, requestBindings } from './request-logging';
import { redactUrl, safeError, scrubForLog, scrubText } from './scrub';

export { redactUrl } from './scrub';

const SENSITIVE_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'invitationToken',
  'nir',
  'currentNir',
  'requestedNir',
  'email',
  'recipient',
  'firstName',
  'lastName',
  'birthName',
  'birthDate',
  'phone',
];

/** Paths of log objects that may hold secrets or personal data, at the top and one level down. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'req.headers["x-access-reason"]',
  ...SENSITIVE_KEYS,
  ...SENSITIVE_KEYS.map((key) => `*.${key}`),
];

/** Nest's boot details (each module loaded, each route mapped): debug, not info, so that a boot reads in a few lines. */
export const BOOT_DETAIL_CONTEXTS: ReadonlySet<string> = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);
const INFO = 30;

/** Pino options shared by the API and the worker: redaction by path, then by pattern, errors reduced to what is safe. */
export function loggerOptions(level: string): pino.LoggerOptions {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // A request or a response logged whole would carry its headers (the Authorization among its raw ones): only these.
    serializers: {
      err: safeError,
      req: (req: { id?: unknown; method?: string; url?: string; originalUrl?: string }) => ({
        id: req.id,
        method: req.method,
        url: redactUrl(req.originalUrl ?? req.url),
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    // The id of the request being answered, on every line logged for it.
    mixin: requestBindings,
    // `err` is left to its serializer (safeError); everything else is scrubbed here.
    formatters: {
      log: ({ err, ...rest }) => ({ ...(scrubForLog(rest) as Record<string, unknown>), ...(err === undefined ? {} : { err }) }),
    },
    hooks: {
      logMethod(args, method, level) {
        const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubText(arg) : arg)) as Parameters<typeof method>;
        const context = (args[0] as { context?: unknown } | undefined)?.context;
        if (level === INFO && typeof context === 'string' && BOOT_DETAIL_CONTEXTS.has(context)) return this.debug(...scrubbed);
        method.apply(this, scrubbed);
      },
    },
  };
}

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const options = loggerOptions(config.log.level);
        // LOG_FILE: the lines go to that file instead (synchronous writes, so nothing is lost at exit).
        const logger = config.log.file ? pino(options, pino.destination({ dest: config.log.file, sync: true, mkdir: true })) : pino(options);
        // Requests are logged by RequestLogging, not by nestjs-pino's middleware (pino-http's two child loggers per request).
        return { pinoHttp: { logger }, forRoutes: [] };
      },
    }),
  ],
  providers: [RequestLogging],
})
export class LoggingModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Every route, in the path syntax of Nest 11.
    consumer.apply(RequestLogging).forRoutes({ path: '{*path}', method: RequestMethod.ALL });
  }
}
