/** A problem+json answer of the API (RFC 9457), as the application shows it to people. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[];
  readonly extensions: Record<string, unknown>;

  constructor(status: number, body: unknown) {
    const doc = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const title = typeof doc.title === 'string' ? doc.title : defaultTitle(status);
    super(title);
    this.status = status;
    this.type = typeof doc.type === 'string' ? doc.type : 'about:blank';
    this.title = title;
    this.detail = typeof doc.detail === 'string' ? doc.detail : title;
    this.errors = Array.isArray(doc.errors) ? (doc.errors as FieldError[]) : [];
    this.extensions = doc;
  }

  get slug(): string {
    return this.type.split('/').pop() ?? '';
  }
}

/** The network failed or the service is restarting: worth retrying. */
export function isTransient(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof ApiProblem && (error.status === 503 || error.status === 502 || error.status === 504));
}

function defaultTitle(status: number): string {
  if (status === 503 || status === 502 || status === 504) return 'Service momentanément indisponible';
  if (status === 401) return 'Session expirée';
  if (status === 403) return 'Action non autorisée';
  if (status === 404) return 'Page ou ressource introuvable';
  return 'Une erreur est survenue';
}

/** What to tell a person about any error. */
export function describeError(error: unknown): { title: string; detail: string } {
  if (error instanceof ApiProblem) {
    if (isTransient(error))
      return { title: 'Service momentanément indisponible', detail: 'Le service est brièvement indisponible ; nouvelle tentative en cours…' };
    return { title: error.title, detail: error.detail };
  }
  if (error instanceof TypeError)
    return { title: 'Connexion impossible', detail: 'Le service ne répond pas ; vérifiez votre connexion, nouvelle tentative en cours…' };
  return { title: 'Une erreur est survenue', detail: 'Réessayez dans un instant.' };
}
