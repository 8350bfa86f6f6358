/**
 * Logs never hold secrets (tokens, passwords) nor personal data (NIR, e-mail addresses, names, birth
 * dates). Known fields are redacted by path (REDACTED_PATHS); what may still slip through free text
 * (an URL, an error message) is scrubbed by pattern here, as the last line.
 */
import { isUuid } from '../identifiers/uuid';

/**
 * Query parameters whose values say nothing about a person: logged when the value has the shape such a value has (a
 * code, a number, a date, an identifier). Every other value is redacted, and any value of another shape (a client may
 * type anything in `kind`).
 */
const LOGGABLE_QUERY_PARAMS = new Set([
  'appellation',
  'commune',
  'contractType',
  'createdFrom',
  'createdTo',
  'departement',
  'domain',
  'employer',
  'employerKind',
  'expiringWithinDays',
  'format',
  'from',
  'hoursMax',
  'hoursMin',
  'includeOrienteurs',
  'jobDescriptionId',
  'kind',
  'limit',
  'maxDistanceKm',
  'minAgeDays',
  'month',
  'phase',
  'radius',
  'ratioPercent',
  'region',
  'regionCode',
  'resumeOptional',
  'rome',
  'scope',
  'senderKind',
  'senderOrganizationId',
  'sort',
  'spontaneous',
  'state',
  'status',
  'to',
  'type',
]);

export const REDACTED = '[redacted]';

/** A path segment that could be a secret or a person: long opaque strings, addresses, long digit runs. */
const SENSITIVE_SEGMENT = /^[A-Za-z0-9_~.%-]{20,}$|@|%40|\d{13,}/;
/** The static segments of the application's routes (`prescriber-organizations`): a logged URL keeps them as they are. */
const ROUTE_WORDS = new Set<string>();

/** Called for each route the HTTP server registers. */
export function registerRouteWords(path: string): void {
  for (const segment of path.split('/')) if (segment && !segment.startsWith(':') && !segment.includes('*')) ROUTE_WORDS.add(segment);
}

/** An URL as it may be logged: query values outside the list above and sensitive path segments redacted. */
export function redactUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const index = url.indexOf('?');
  const path = index === -1 ? url : url.slice(0, index);
  const query = index === -1 ? null : url.slice(index + 1);
  const safePath = path
    .split('/')
    .map((segment) => (segment && !isUuid(segment) && !ROUTE_WORDS.has(segment) && SENSITIVE_SEGMENT.test(segment) ? REDACTED : segment))
    .join('/');
  if (query === null) return safePath;
  const safeQuery = query
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals === -1 ? pair : pair.slice(0, equals);
      if (equals === -1) return LOGGABLE_QUERY_PARAMS.has(name) ? pair : REDACTED;
      if (LOGGABLE_QUERY_PARAMS.has(name)) return loggableValue(pair.slice(equals + 1)) ? pair : `${name}=${REDACTED}`;
      return `${name.length <= 40 && /^[\w.-]+$/.test(name) ? name : REDACTED}=${REDACTED}`;
    })
    .join('&');
  return `${safePath}?${safeQuery}`;
}

/**
 * A date, an identifier, or a short code or number: not text (no space, `@` or percent-escape), and no more than 5
 * digits in all (a NIR or a phone number, whatever separates their digits).
 */
function loggableValue(value: string): boolean {
  if (isUuid(value as unknown) || /^\d{4}-\d{2}(-\d{2})?$/.test(value)) return true;
  return /^[\w.,:-]{0,40}$/.test(value) && (value.match(/\d/g)?.length ?? 0) <= 5 && !value.startsWith('eyJ');
}

/** Each pattern with a mark it cannot match without (a Unicode pattern costs a microsecond per string; most strings have no `@`). */
const PATTERNS: Array<[RegExp, string, string?]> = [
  // E-mail addresses, accented ones included (the forms accept them, and an SMTP server's refusal quotes them).
  [/[\p{L}\p{M}\p{N}._%+'!#$&*?^~-]+@[\p{L}\p{M}\p{N}.-]+\.[\p{L}\p{M}\p{N}-]{2,}/gu, '[email]', '@'],
  // JWTs.
  [/eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*/g, '[jwt]', 'eyJ'],
  // NIR, with or without spaces (13 digits and a 2-digit key; Corsica's 2A/2B).
  [/\b[1-478]\s?\d{2}\s?\d{2}\s?(?:\d{2}|2[AB])\s?\d{3}\s?\d{3}(?:\s?\d{2})?\b/g, '[nir]'],
  // Link and refresh tokens (256 random bits in base64url) and other long opaque strings.
  [/(?<![\w-])[A-Za-z0-9_-]{40,}(?![\w-])/g, '[secret]'],
];

/** Free text with what looks like an e-mail, a NIR, a token or a JWT replaced. */
export function scrubText(text: string): string {
  let result = text;
  for (const [pattern, replacement, mark] of PATTERNS) if (mark === undefined || result.includes(mark)) result = result.replace(pattern, replacement);
  return result;
}

/**
 * Every string of a log object scrubbed, errors reduced to what is safe. Only plain data is walked
 * (depth-bounded): instances such as a request are left to their serializers.
 */
export function scrubForLog(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object' || depth > 6) return value;
  if (isErrorLike(value)) return safeError(value);
  if (Array.isArray(value)) return value.map((item) => scrubForLog(item, depth + 1));
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) result[key] = scrubForLog(item, depth + 1);
  return result;
}

/**
 * What of an error may be logged: its kind, scrubbed message and stack, and a database error's code
 * and constraint. Never the SQL parameters or the driver's detail, which carry the values written.
 */
export function safeError(error: unknown): Record<string, unknown> {
  // Duck-typed: an error thrown by Node's internals may come from another realm than our Error.
  if (!isErrorLike(error)) return { message: scrubText(String(error)) };
  const driver = (error as { driverError?: { code?: string; constraint?: string; table?: string } }).driverError;
  const own = error as Error & { code?: unknown; status?: unknown };
  return {
    type: error.constructor && error.constructor !== Object ? error.constructor.name : error.name,
    message: scrubText(error.message),
    ...(typeof own.code === 'string' || typeof own.code === 'number' ? { code: own.code } : {}),
    ...(driver ? { code: driver.code, constraint: driver.constraint, table: driver.table } : {}),
    ...(error.stack ? { stack: scrubText(error.stack) } : {}),
  };
}

/** What a command-line tool prints when it fails: the error as a log line would carry it (no SQL parameters, no detail). */
export function describeFailure(error: unknown): string {
  const safe = safeError(error);
  return String(safe.stack ?? safe.message);
}

function isErrorLike(value: unknown): value is Error {
  return (
    value instanceof Error ||
    (!!value && typeof value === 'object' && typeof (value as Error).message === 'string' && typeof (value as Error).stack === 'string')
  );
}
