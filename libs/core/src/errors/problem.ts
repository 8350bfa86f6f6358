/**
 * Errors as RFC 9457 problem details: a stable `type` for programs, French words for people.
 * Every problem type is declared once with `defineProblem` and listed at GET /api/problems.
 */
export interface ProblemType {
  /** Stable identifier; the `type` member is `/api/problems/<slug>`. */
  slug: string;
  status: number;
  /** Short French title, the same for every occurrence. */
  title: string;
  /** What the problem means and how to fix it, for integrators (French). */
  description: string;
}

export interface FieldError {
  /** Path of the field in the request (`email`, `address.postalCode`, `query.limit`). */
  field: string;
  /** Stable code of the broken rule (`isEmail`, `maxLength`, `unknownField`…). */
  code: string;
  message: string;
}

const registry = new Map<string, ProblemType>();

export function defineProblem(type: ProblemType): ProblemType {
  const existing = registry.get(type.slug);
  if (existing && (existing.status !== type.status || existing.title !== type.title)) {
    throw new Error(`Problem type "${type.slug}" is declared twice with different contents`);
  }
  registry.set(type.slug, type);
  return type;
}

export function problemTypes(): ProblemType[] {
  return [...registry.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}

export function findProblemType(slug: string): ProblemType | undefined {
  return registry.get(slug);
}

export function problemTypeUri(type: ProblemType): string {
  return `/api/problems/${type.slug}`;
}

export interface ProblemOptions {
  errors?: FieldError[];
  /** Extension members (RFC 9457 §3.2), e.g. `allowedTransitions`. */
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

export class Problem extends Error {
  constructor(
    readonly type: ProblemType,
    readonly detail: string = type.title,
    readonly options: ProblemOptions = {},
  ) {
    super(`${type.slug}: ${detail}`);
    this.name = 'Problem';
  }

  get status(): number {
    return this.type.status;
  }

  toBody(instance?: string): Record<string, unknown> {
    const body: Record<string, unknown> = {
      type: problemTypeUri(this.type),
      title: this.type.title,
      status: this.type.status,
      detail: this.detail,
      ...(instance ? { instance } : {}),
      ...(this.options.errors ? { errors: this.options.errors } : {}),
    };
    // An extension never replaces a member of RFC 9457 (a `status` there is the HTTP status).
    for (const [name, value] of Object.entries(this.options.extensions ?? {})) if (!(name in body)) body[name] = value;
    return body;
  }
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
