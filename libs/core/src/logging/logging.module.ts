import { Module, RequestMethod } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { AppConfig } from '../config/app-config';
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
    serializers: { err: safeError },
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
        const options = {
          ...loggerOptions(config.log.level),
          genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id: string }).id,
          autoLogging: { ignore: (req: IncomingMessage) => !!req.url?.startsWith('/api/health') },
          // A 503 is a dependency down, logged once per outage by the problem filter: not an error per request.
          customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
            err || (res.statusCode >= 500 && res.statusCode !== 503) ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
          customErrorObject: (_req: IncomingMessage, res: ServerResponse, _err: Error, value: Record<string, unknown>) =>
            res.statusCode === 503 ? { ...value, err: undefined } : value,
          serializers: {
            err: safeError,
            req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: redactUrl(req.url) }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          quietReqLogger: true,
        };
        // LOG_FILE: the lines go to that file instead (synchronous writes, so nothing is lost at exit).
        return {
          pinoHttp: config.log.file ? [options, pino.destination({ dest: config.log.file, sync: true, mkdir: true })] : options,
          // Every route, in the path syntax of Nest 11 (the default '*' is converted with a warning at boot).
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        };
      },
    }),
  ],
})
export class LoggingModule {}
