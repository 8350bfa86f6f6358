import { FieldError, Problem, defineProblem } from './problem';

/** Problems any endpoint may answer. Contexts declare their own next to their rules. */
export const Problems = {
  validation: defineProblem({
    slug: 'validation-error',
    status: 400,
    title: 'Données invalides',
    description: 'Un ou plusieurs champs ne respectent pas les règles ; `errors` liste chaque champ, le code de la règle et un message.',
  }),
  malformedBody: defineProblem({
    slug: 'malformed-body',
    status: 400,
    title: 'Corps de requête illisible',
    description: 'Le corps doit être un objet JSON valide, envoyé avec `Content-Type: application/json`.',
  }),
  bodyTooComplex: defineProblem({
    slug: 'body-too-complex',
    status: 400,
    title: 'Corps de requête trop complexe',
    description:
      'Le JSON imbrique trop de niveaux ou compte trop de valeurs pour un formulaire de l’API ; `limits` donne les bornes (`maxDepth` niveaux, `maxValues` valeurs).',
  }),
  badRequest: defineProblem({
    slug: 'bad-request',
    status: 400,
    title: 'Requête incorrecte',
    description: 'La requête ne peut pas être comprise telle quelle.',
  }),
  unauthenticated: defineProblem({
    slug: 'unauthenticated',
    status: 401,
    title: 'Authentification requise',
    description:
      'Envoyez un jeton d’accès valide dans l’en-tête `Authorization: Bearer <jeton>` ; un jeton expiré se renouvelle avec le jeton de rafraîchissement.',
  }),
  forbidden: defineProblem({
    slug: 'forbidden',
    status: 403,
    title: 'Action non autorisée',
    description: 'Votre compte, ou votre rôle dans l’organisation indiquée par `X-Organization-Id`, ne permet pas cette action.',
  }),
  notFound: defineProblem({
    slug: 'not-found',
    status: 404,
    title: 'Ressource introuvable',
    description: 'La ressource n’existe pas, ou vous n’avez pas le droit d’en connaître l’existence.',
  }),
  methodNotAllowed: defineProblem({
    slug: 'method-not-allowed',
    status: 405,
    title: 'Méthode non autorisée',
    description: 'Cette méthode HTTP n’est pas acceptée sur cette adresse.',
  }),
  ruleNotMet: defineProblem({
    slug: 'rule-not-met',
    status: 422,
    title: 'Règle métier non respectée',
    description:
      'La requête est bien formée mais contredit une règle du métier (fenêtre de dates, durée, plafond, type de structure) ; `errors` nomme chaque champ, le code de la règle et un message.',
  }),
  conflict: defineProblem({
    slug: 'conflict',
    status: 409,
    title: 'Conflit avec l’état actuel',
    description: 'La demande contredit une donnée existante (doublon, état qui a changé entre-temps).',
  }),
  idempotencyConflict: defineProblem({
    slug: 'idempotency-key-conflict',
    status: 409,
    title: 'Clé d’idempotence déjà utilisée',
    description: 'La même clé `Idempotency-Key` a déjà servi pour une autre requête, ou la première requête est encore en cours.',
  }),
  requestTimeout: defineProblem({
    slug: 'request-timeout',
    status: 408,
    title: 'Requête trop lente',
    description: 'La requête (en-têtes et corps) n’est pas arrivée en entier dans le délai admis ; la connexion est fermée.',
  }),
  payloadTooLarge: defineProblem({
    slug: 'payload-too-large',
    status: 413,
    title: 'Requête trop volumineuse',
    description: 'Le corps de la requête dépasse la taille admise.',
  }),
  uriTooLong: defineProblem({
    slug: 'uri-too-long',
    status: 414,
    title: 'Adresse trop longue',
    description: 'Un segment de l’adresse dépasse la longueur de tout identifiant de l’API.',
  }),
  unsupportedMediaType: defineProblem({
    slug: 'unsupported-media-type',
    status: 415,
    title: 'Type de contenu non pris en charge',
    description: 'Envoyez le corps en JSON (`Content-Type: application/json`), ou en `multipart/form-data` pour les fichiers.',
  }),
  rateLimited: defineProblem({
    slug: 'rate-limited',
    status: 429,
    title: 'Trop de tentatives',
    description: 'Trop de requêtes de ce type en peu de temps ; réessayez après le délai indiqué par `Retry-After` (secondes).',
  }),
  headersTooLarge: defineProblem({
    slug: 'headers-too-large',
    status: 431,
    title: 'En-têtes trop volumineux',
    description: 'Les en-têtes de la requête (adresse comprise) dépassent la taille admise.',
  }),
  internal: defineProblem({
    slug: 'internal-error',
    status: 500,
    title: 'Erreur interne',
    description: 'Une erreur inattendue est survenue ; elle a été journalisée avec l’identifiant de requête.',
  }),
  unavailable: defineProblem({
    slug: 'service-unavailable',
    status: 503,
    title: 'Service momentanément indisponible',
    description: 'Une dépendance (base de données, file de messages) ne répond pas ; réessayez plus tard.',
  }),
};

export function fieldError(field: string, code: string, message: string): FieldError {
  return { field, code, message };
}

export function validationProblem(errors: FieldError[], detail?: string): Problem {
  return new Problem(Problems.validation, detail ?? (errors.length === 1 ? errors[0].message : `${errors.length} champs sont invalides.`), { errors });
}

/**
 * Well-formed fields that break a rule of the trade (a date outside its window, a duration over its
 * ceiling): 422, where a malformed field is a 400 (README, API conventions).
 */
export function ruleProblem(errors: FieldError[], detail?: string, extensions?: Record<string, unknown>): Problem {
  return new Problem(Problems.ruleNotMet, detail ?? (errors.length === 1 ? errors[0].message : `${errors.length} règles ne sont pas respectées.`), {
    errors,
    ...(extensions ? { extensions } : {}),
  });
}

export function notFound(what = 'Ressource introuvable.'): Problem {
  return new Problem(Problems.notFound, what);
}

export function forbidden(detail: string): Problem {
  return new Problem(Problems.forbidden, detail);
}
