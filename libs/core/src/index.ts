export { type AccessDecision, allow, deny, requireAccess } from './access/access-decision';
export { Clock, ManualClock } from './clock/clock';
export {
  addDays,
  addMonths,
  addYears,
  ageOn,
  daysBetween,
  frenchDate,
  frenchShortCalendarDate,
  frenchShortDate,
  isIsoDate,
  type IsoDate,
  parisDate,
  parisMidnight,
} from './clock/paris-date';
export { AppConfig, ConfigError, isLoopbackUrl, loadConfig, loadDotEnv } from './config/app-config';
export { ConfigModule } from './config/config.module';
export { Access, ACCESS_RULE, type AccessRule } from './context/access';
export { type Actor, actorOf, CurrentActor, type MembershipRole, type OrganizationFamily, type RequestWithActor, type UserKind } from './context/actor';
export { CoreModule } from './core.module';
export { fieldError, forbidden, notFound, Problems, ruleProblem, validationProblem } from './errors/common-problems';
export { defineProblem, type FieldError, Problem } from './errors/problem';
export { rawProblemResponse, sendProblem } from './errors/problem.filter';
export { ApiPlatformModule } from './http/api-platform.module';
export { ApiProblems, FieldErrorDocument, PositiveIntPipe, ProblemDocument, UuidPipe } from './http/api-problems';
export { toCsv } from './http/csv';
export { refuseBadText } from './http/declared-fields';
export { IsCalendarDate, OptionalDateField, PersonNameField, trim } from './http/dto-fields';
export { Idempotent, formDigest, keptWhateverHappens, recordUploadDigest } from './http/idempotency';
export { type MultipartForm, formFields, readMultipartForm } from './http/multipart-form';
export { JSON_LIMITS, jsonShapeViolation } from './http/json-shape';
export { linkWithSecret, SECRET_LINK_PAGES } from './http/links';
export { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, type Page, PageQuery, toPage } from './http/pagination';
export { isValidSiret, normalizeSiret, siretWithKey } from './identifiers/siret';
export { isUuid } from './identifiers/uuid';
export { LoggingModule } from './logging/logging.module';
export { describeFailure, registerRouteWords, scrubText } from './logging/scrub';
export { QueueProcessor } from './queue/queue-processor';
export { Queues } from './queue/queues';
export { ScheduledJobs } from './queue/scheduled-jobs';
export { SCHEDULED_QUEUE, ScheduledJobsProcessor } from './queue/scheduled-jobs.processor';
export { type RateLimit, RateLimiter } from './rate-limit/rate-limiter';
export { RedisService } from './redis/redis.service';
export { ofName, toName } from './text/french-names';
