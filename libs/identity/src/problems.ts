import { defineProblem } from '@iae/core';

export const IdentityProblems = {
  emailAlreadyUsed: defineProblem({
    slug: 'email-already-used',
    status: 409,
    title: 'Adresse e-mail déjà utilisée',
    description: 'Un compte existe déjà avec cette adresse ; connectez-vous, ou demandez un nouveau mot de passe.',
  }),
  invalidCredentials: defineProblem({
    slug: 'invalid-credentials',
    status: 401,
    title: 'Identifiants incorrects',
    description: 'L’adresse e-mail ou le mot de passe est incorrect.',
  }),
  emailNotConfirmed: defineProblem({
    slug: 'email-not-confirmed',
    status: 403,
    title: 'Adresse e-mail non confirmée',
    description: 'Confirmez votre adresse avec le lien reçu par e-mail ; POST /api/auth/confirmation-requests en renvoie un.',
  }),
  accountDisabled: defineProblem({
    slug: 'account-disabled',
    status: 403,
    title: 'Compte désactivé',
    description: 'Ce compte a été désactivé ; contactez le support de la plateforme.',
  }),
  invalidLink: defineProblem({
    slug: 'invalid-link',
    status: 400,
    title: 'Lien invalide ou expiré',
    description: 'Le lien reçu par e-mail est inconnu, a déjà servi ou a expiré ; demandez-en un nouveau.',
  }),
  invalidRefreshToken: defineProblem({
    slug: 'invalid-refresh-token',
    status: 401,
    title: 'Session expirée',
    description: 'Le jeton de rafraîchissement est inconnu, expiré ou révoqué ; reconnectez-vous.',
  }),
  refreshTokenReused: defineProblem({
    slug: 'refresh-token-reused',
    status: 401,
    title: 'Session révoquée par sécurité',
    description:
      'Un jeton de rafraîchissement déjà utilisé a été présenté de nouveau ; toutes les sessions issues de cette connexion sont fermées. Reconnectez-vous.',
  }),
  lastAdmin: defineProblem({
    slug: 'last-admin',
    status: 409,
    title: 'Dernier administrateur',
    description: 'Une organisation garde toujours au moins un administrateur : nommez-en un autre d’abord.',
  }),
  alreadyMember: defineProblem({
    slug: 'already-member',
    status: 409,
    title: 'Déjà membre',
    description: 'Cette personne est déjà membre de l’organisation.',
  }),
  organizationExists: defineProblem({
    slug: 'organization-already-exists',
    status: 409,
    title: 'Organisation déjà inscrite',
    description: 'Une organisation de ce type existe déjà avec ce SIRET (ou pour ce territoire) ; demandez à son administrateur de vous inviter.',
  }),
  invitationEmailMismatch: defineProblem({
    slug: 'invitation-email-mismatch',
    status: 403,
    title: 'Invitation destinée à une autre adresse',
    description: 'L’invitation a été envoyée à une autre adresse e-mail que celle de votre compte.',
  }),
  invitationNotPending: defineProblem({
    slug: 'invitation-not-pending',
    status: 409,
    title: 'Invitation close',
    description: 'L’invitation a expiré, a été annulée ou a déjà été acceptée ; demandez-en une nouvelle.',
  }),
  tooManyInvitations: defineProblem({
    slug: 'too-many-pending-invitations',
    status: 409,
    title: 'Trop d’invitations en attente',
    description: 'Une organisation ne peut pas avoir plus de 50 invitations en attente ; annulez-en avant d’en envoyer d’autres.',
  }),
  proconnectDisabled: defineProblem({
    slug: 'proconnect-not-configured',
    status: 404,
    title: 'ProConnect non proposé',
    description: 'Cette plateforme n’est pas reliée à ProConnect ; connectez-vous avec votre adresse e-mail et votre mot de passe.',
  }),
  proconnectUnavailable: defineProblem({
    slug: 'proconnect-unavailable',
    status: 503,
    title: 'ProConnect injoignable',
    description: 'Le service ProConnect ne répond pas ; réessayez dans quelques minutes, ou connectez-vous avec votre mot de passe.',
  }),
  proconnectFlowUnknown: defineProblem({
    slug: 'proconnect-flow-unknown',
    status: 400,
    title: 'Connexion ProConnect inconnue ou expirée',
    description: 'Cette connexion ProConnect n’a pas été commencée depuis ce navigateur, a expiré (10 minutes) ou a déjà servi ; recommencez.',
  }),
  proconnectRejected: defineProblem({
    slug: 'proconnect-response-rejected',
    status: 400,
    title: 'Réponse de ProConnect refusée',
    description: 'La réponse de ProConnect ne correspond pas à la demande de la plateforme (state, nonce, signature, date de validité…) ; recommencez.',
  }),
  proconnectAccountRefused: defineProblem({
    slug: 'proconnect-account-refused',
    status: 409,
    title: 'Compte non relié à ProConnect',
    description: 'Le compte de cette adresse ne peut pas être ouvert avec ProConnect ; le détail dit pourquoi et quoi faire.',
  }),
};
