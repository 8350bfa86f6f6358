import { Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, Clock, FieldError, Problem, RateLimiter, RedisService, isLoopbackUrl } from '@iae/core';
import { AuditTrail, isUniqueViolation } from '@iae/database';
import { Outbox } from '@iae/notifications';
import { AccountsRepository } from '../accounts.repository';
import { AccountsService, ClientInfo, SessionTokens } from '../accounts.service';
import { InvitationsService } from '../invitations.service';
import { OrganizationsRepository } from '../organizations.repository';
import { joinRequested } from '../events';
import { IdentityProblems } from '../problems';
import { ProConnectPerson, matchAccount, readProConnectClaims } from '../rules/proconnect-claims';
import { hashSecret, newSecret } from '../secrets';
import { User } from '../user.entity';
import { ProConnectIdentity } from './proconnect-identity.entity';

/** How long a started sign-in waits for the person to come back from ProConnect. */
export const PROCONNECT_FLOW_SECONDS = 600;
/** ProConnect's scopes (its documentation lists them); `siret` names the establishment. */
const SCOPES = 'openid email given_name usual_name siret uid idp_id';
/**
 * A password nobody can type (argon2 refuses it as a hash): the account signs in through ProConnect, or with a password
 * chosen by the reset link. Any hash starting with `!` means "no password" (GET /api/me says `hasPassword: false`).
 */
export const NO_PASSWORD = '!proconnect';

export interface ProConnectStart {
  authorizationUrl: string;
  /** Goes into the browser's cookie: the sign-in can only be finished by the browser that started it. */
  flowSecret: string;
}

export type OrganizationOutcome =
  | { outcome: 'none' }
  | { outcome: 'member'; organizationId: string; organizationName: string }
  | { outcome: 'joined'; organizationId: string; organizationName: string }
  | { outcome: 'join-requested'; organizationId: string; organizationName: string };

export interface ProConnectSignIn {
  session: SessionTokens;
  account: 'created' | 'found' | 'linked';
  organization: OrganizationOutcome;
  acr: string | null;
  amr: string[];
}

interface Flow {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * Sign-in of professionals with ProConnect: authorization code flow with PKCE, `state` and `nonce`, through
 * `openid-client`; the provider's metadata comes from its discovery document. The ID token's signature, issuer,
 * audience, nonce and dates are checked (dates against the platform's clock) before anything is believed.
 */
@Injectable()
export class ProConnectService {
  private readonly logger = new Logger(ProConnectService.name);
  private metadata?: Promise<oidc.ServerMetadata>;
  private jwksCache?: oidc.ExportedJWKSCache;

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
    private readonly redis: RedisService,
    private readonly accounts: AccountsService,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditTrail,
    private readonly rateLimiter: RateLimiter,
    private readonly outbox: Outbox,
    private readonly accountsRepository: AccountsRepository,
    private readonly organizationsRepository: OrganizationsRepository,
  ) {}

  get enabled(): boolean {
    return this.config.proconnect !== null;
  }

  /** Where to send the browser, and the secret its cookie keeps; the state, nonce and PKCE verifier stay here. */
  async start(client: ClientInfo): Promise<ProConnectStart> {
    const settings = this.settings();
    // Each start keeps a flow in Redis for 10 minutes: as many per client address as password logins allow.
    const rule = this.config.auth.loginRateLimit;
    await this.rateLimiter.consume(
      'proconnect-start',
      client.ip ?? 'unknown',
      { limit: rule.limit * 10, windowSeconds: rule.windowSeconds },
      'Trop de connexions ProConnect commencées depuis cette adresse ; réessayez dans quelques minutes.',
    );
    const configuration = await this.configuration();
    const flow: Flow = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: settings.redirectUrl,
      scope: SCOPES,
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
      acr_values: 'eidas1',
      // ProConnect gives the authentication methods only when asked for them this way.
      claims: JSON.stringify({ id_token: { amr: { essential: true } } }),
    });
    const { token } = newSecret();
    await this.redis.client.set(this.flowKey(token), JSON.stringify(flow), 'EX', PROCONNECT_FLOW_SECONDS);
    return { authorizationUrl: url.href, flowSecret: token };
  }

  /**
   * The person came back with a code: checks it belongs to the flow this browser started (once), exchanges it,
   * checks the ID token, then finds, links or creates the account and opens the platform's session.
   */
  async finish(flowSecret: string | null, response: { code: string; state: string; iss?: string }, client: ClientInfo): Promise<ProConnectSignIn> {
    const settings = this.settings();
    const flow = await this.takeFlow(flowSecret);
    if (flow.state !== response.state) {
      throw new Problem(IdentityProblems.proconnectRejected, 'Le paramètre state ne correspond pas à la connexion commencée depuis ce navigateur.', {
        errors: [{ field: 'state', code: 'stateMismatch', message: 'Le paramètre state ne correspond pas à la connexion commencée depuis ce navigateur.' }],
      });
    }
    const configuration = await this.configuration();
    const callbackUrl = new URL(settings.redirectUrl);
    callbackUrl.searchParams.set('code', response.code);
    callbackUrl.searchParams.set('state', response.state);
    if (response.iss) callbackUrl.searchParams.set('iss', response.iss);

    let tokens: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers;
    let claims: Record<string, unknown>;
    try {
      tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims()!;
      const userinfo = await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
      // The ID token wins over userinfo for what both carry (acr, amr are only in the ID token).
      claims = { ...userinfo, ...idClaims };
    } catch (error) {
      throw this.providerProblem(error);
    } finally {
      this.keepJwks(configuration);
    }

    const read = readProConnectClaims(claims);
    if ('errors' in read) {
      throw new Problem(IdentityProblems.proconnectRejected, 'ProConnect n’a pas transmis les informations attendues.', { errors: read.errors });
    }
    return this.signIn(read.person, tokens.id_token!, client);
  }

  /** The provider's logout address for a session opened through ProConnect (null otherwise, or when it cannot be reached). */
  async endSessionUrl(idToken: string | null): Promise<string | null> {
    if (!idToken || !this.config.proconnect) return null;
    try {
      const configuration = await this.configuration();
      if (!configuration.serverMetadata().end_session_endpoint) return null;
      return oidc.buildEndSessionUrl(configuration, {
        id_token_hint: idToken,
        post_logout_redirect_uri: this.config.proconnect.postLogoutRedirectUrl,
        state: oidc.randomState(),
      }).href;
    } catch {
      return null;
    }
  }

  private async signIn(person: ProConnectPerson, idToken: string, client: ClientInfo): Promise<ProConnectSignIn> {
    const issuer = this.settings().issuer;
    const now = this.clock.now();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const repository = this.accountsRepository;
        const known = await repository.proconnectIdentityBySubForUpdate(manager, issuer, person.sub);
        const knownUser = known ? await repository.userByIdOrFail(known.userId, manager) : null;
        const owner = known ? null : await repository.userByEmailForUpdate(manager, person.email);
        const match = matchAccount({
          bySub: knownUser ? { userId: knownUser.id, disabled: !!knownUser.disabledAt } : null,
          byEmail: owner
            ? {
                userId: owner.id,
                kind: owner.kind,
                confirmed: !!owner.emailConfirmedAt,
                disabled: !!owner.disabledAt,
                linkedToAnotherSub: await repository.hasProconnectIdentity(manager, owner.id),
              }
            : null,
        });
        if (match.decision === 'refuse') throw this.refusal(match.reason);

        let userId: string;
        let identity: ProConnectIdentity;
        if (match.decision === 'found') {
          userId = match.userId;
          identity = known!;
        } else {
          if (match.decision === 'link') {
            userId = match.userId;
          } else {
            const created = await repository.createUser(manager, {
              email: person.email,
              passwordHash: NO_PASSWORD,
              firstName: person.firstName,
              lastName: person.lastName,
              kind: 'professional',
              isStaff: false,
              // ProConnect vouches for the professional address (its providers check it).
              emailConfirmedAt: now,
              passwordChangedAt: null,
            });
            userId = created.id;
          }
          identity = Object.assign(new ProConnectIdentity(), {
            userId,
            issuer,
            sub: person.sub,
            origin: match.decision === 'link' ? 'linked' : 'created',
            requestedOrganizationId: null,
          });
        }
        identity.siret = person.siret;
        identity.acr = person.acr;
        identity.amr = person.amr;
        identity.idpId = person.idpId;
        identity.lastSignInAt = now;
        const user = await repository.userByIdOrFail(userId, manager);
        const organization = await this.matchOrganization(manager, user, identity, person.siret, now);
        await repository.saveProconnectIdentity(manager, identity);
        const account = match.decision === 'found' ? 'found' : match.decision === 'link' ? 'linked' : 'created';
        await this.audit.record(manager, {
          action: `proconnect.sign_in.${account}`,
          subjectType: 'user',
          subjectId: userId,
          actorUserId: userId,
          details: { acr: person.acr, amr: person.amr, idpId: person.idpId, organization: organization.outcome },
        });
        const session = await this.accounts.openSessionWithinTransaction(manager, userId, client, now, { proconnectIdToken: idToken });
        return { session, account, organization, acr: person.acr, amr: person.amr };
      });
    } catch (error) {
      // Two first sign-ins of the same person at once: the database kept one; the other is asked to try again.
      if (isUniqueViolation(error, 'proconnect_identities_sub_unique') || isUniqueViolation(error, 'users_email_unique')) {
        throw new Problem(
          IdentityProblems.proconnectAccountRefused,
          'Une autre connexion ProConnect de cette personne vient de créer son compte ; recommencez.',
        );
      }
      throw error;
    }
  }

  /**
   * The organisations of the SIRET the provider returned: a pending invitation to one of them is accepted (ProConnect
   * proved the address it was sent to); otherwise the person's wish to join the first is recorded for its admins.
   */
  private async matchOrganization(
    manager: EntityManager,
    user: User,
    identity: ProConnectIdentity,
    siret: string | null,
    now: Date,
  ): Promise<OrganizationOutcome> {
    if (!siret) return { outcome: 'none' };
    const organizations = await this.organizationsRepository.organizationsWithSiret(manager, siret);
    if (!organizations.length) return { outcome: 'none' };
    const memberships = await this.organizationsRepository.membershipsIn(
      manager,
      user.id,
      organizations.map((o) => o.id),
    );

    const member = organizations.find((o) => memberships.some((m) => m.organizationId === o.id));
    if (member) {
      if (identity.requestedOrganizationId === member.id) identity.requestedOrganizationId = null;
      return { outcome: 'member', organizationId: member.id, organizationName: member.name };
    }
    const [invitation] = await this.invitations.findPendingForEmail(
      manager,
      user.email,
      organizations.map((o) => o.id),
      now,
    );
    if (invitation) {
      await this.invitations.acceptWithinTransaction(manager, invitation, user, now);
      const joined = organizations.find((o) => o.id === invitation.organizationId)!;
      identity.requestedOrganizationId = null;
      return { outcome: 'joined', organizationId: joined.id, organizationName: joined.name };
    }
    const requested = organizations[0]!;
    if (identity.requestedOrganizationId !== requested.id) {
      identity.requestedOrganizationId = requested.id;
      await this.audit.record(manager, {
        action: 'proconnect.join_requested',
        subjectType: 'organization',
        subjectId: requested.id,
        actorUserId: user.id,
        details: { siret },
      });
      // Its admins hear of it after the commit (IdentityNotifications).
      await this.outbox.publish(manager, joinRequested({ organizationId: requested.id, userId: user.id }));
    }
    return { outcome: 'join-requested', organizationId: requested.id, organizationName: requested.name };
  }

  private refusal(reason: 'email-not-confirmed' | 'candidate-account' | 'disabled' | 'linked-elsewhere'): Problem {
    const problem = (detail: string, code: string) =>
      new Problem(IdentityProblems.proconnectAccountRefused, detail, { errors: [{ field: 'email', code, message: detail }] });
    switch (reason) {
      case 'disabled':
        return new Problem(IdentityProblems.accountDisabled);
      case 'email-not-confirmed':
        return problem(
          'Un compte non confirmé utilise déjà cette adresse : confirmez-la avec le lien reçu par e-mail (ou demandez-en un nouveau), puis reconnectez-vous avec ProConnect.',
          'emailNotConfirmed',
        );
      case 'candidate-account':
        return problem('Cette adresse est celle d’un compte candidat : ProConnect est réservé aux professionnels.', 'candidateAccount');
      case 'linked-elsewhere':
        return problem('Le compte de cette adresse est déjà relié à une autre identité ProConnect ; contactez le support.', 'linkedElsewhere');
    }
  }

  /** The flow this browser started, used once: a second use of the same code finds nothing. */
  private async takeFlow(flowSecret: string | null): Promise<Flow> {
    const detail = (text: string, code: string) =>
      new Problem(IdentityProblems.proconnectFlowUnknown, text, { errors: [{ field: 'state', code, message: text }] });
    if (!flowSecret) throw detail('Cette connexion ProConnect n’a pas été commencée depuis ce navigateur (cookie absent) ; recommencez.', 'flowCookieMissing');
    const key = this.flowKey(flowSecret);
    const raw = await this.redis.client.getdel(key);
    if (!raw) {
      const used = await this.redis.client.exists(`${key}:used`);
      throw used
        ? detail('Ce retour de ProConnect a déjà servi (code déjà utilisé) ; recommencez la connexion.', 'codeReplayed')
        : detail('Cette connexion ProConnect est inconnue ou a expiré (10 minutes) ; recommencez.', 'flowExpired');
    }
    await this.redis.client.set(`${key}:used`, '1', 'EX', PROCONNECT_FLOW_SECONDS);
    return JSON.parse(raw) as Flow;
  }

  private flowKey(secret: string): string {
    return this.redis.key('proconnect-flow', hashSecret(secret));
  }

  private settings(): NonNullable<AppConfig['proconnect']> {
    if (!this.config.proconnect) throw new Problem(IdentityProblems.proconnectDisabled);
    return this.config.proconnect;
  }

  /**
   * The provider's metadata is discovered once (again after a failure); each use gets a fresh client whose idea of
   * "now" is the platform's clock, so that the ID token's dates are judged by the same time as everything else.
   */
  private async configuration(): Promise<oidc.Configuration> {
    const settings = this.settings();
    const insecure = isLoopbackUrl(settings.issuer) ? { execute: [oidc.allowInsecureRequests] } : {};
    this.metadata ??= oidc
      .discovery(new URL(settings.issuer), settings.clientId, undefined, oidc.ClientSecretPost(settings.clientSecret), { ...insecure, timeout: 10 })
      .then((discovered) => discovered.serverMetadata());
    let metadata: oidc.ServerMetadata;
    try {
      metadata = await this.metadata;
    } catch (error) {
      this.metadata = undefined;
      throw this.providerProblem(error);
    }
    const skew = Math.round((this.clock.now().getTime() - Date.now()) / 1000);
    const configuration = new oidc.Configuration(
      metadata,
      settings.clientId,
      { client_secret: settings.clientSecret, id_token_signed_response_alg: 'RS256', [oidc.clockSkew]: skew },
      oidc.ClientSecretPost(settings.clientSecret),
    );
    configuration.timeout = 10;
    if (isLoopbackUrl(settings.issuer)) oidc.allowInsecureRequests(configuration);
    // The ID token's signature is checked against the provider's published keys, not merely trusted because TLS brought it.
    oidc.enableNonRepudiationChecks(configuration);
    if (this.jwksCache) oidc.setJwksCache(configuration, this.jwksCache);
    return configuration;
  }

  private keepJwks(configuration: oidc.Configuration): void {
    this.jwksCache = oidc.getJwksCache(configuration) ?? this.jwksCache;
  }

  /** What the provider said, or failed to say, as a problem for people: unreachable is 503; a refusal is 400 naming the check. */
  private providerProblem(error: unknown): Problem {
    if (error instanceof Problem) return error;
    if (unreachable(error)) {
      this.logger.warn(`ProConnect unreachable: ${describeCauses(error)}`);
      return unavailable();
    }
    const rejected = (detail: string, field: string, code: string) =>
      new Problem(IdentityProblems.proconnectRejected, detail, { errors: [{ field, code, message: detail } satisfies FieldError] });
    if (error instanceof oidc.ResponseBodyError) {
      if (error.error === 'invalid_grant') {
        return rejected('ProConnect a refusé le code d’autorisation (déjà utilisé ou expiré) ; recommencez la connexion.', 'code', 'invalidGrant');
      }
      if (error.status >= 500) return unavailable();
      return rejected(`ProConnect a refusé la demande (${error.error}) ; recommencez la connexion.`, 'code', 'providerError');
    }
    if (error instanceof oidc.ClientError) {
      const claim = (error.cause as { cause?: { claim?: string } } | undefined)?.cause?.claim;
      const message = (error.cause as Error | undefined)?.message ?? error.message;
      if (error.code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED') {
        return rejected('Le jeton d’identité de ProConnect a expiré ; recommencez la connexion.', `id_token.${claim ?? 'exp'}`, 'idTokenExpired');
      }
      if (error.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'nonce') {
        return rejected('Le nonce du jeton d’identité ne correspond pas à la connexion commencée ; recommencez.', 'id_token.nonce', 'nonceMismatch');
      }
      if (error.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED') {
        return rejected(
          `Le jeton d’identité de ProConnect est refusé (${claim ?? 'revendication'} inattendu) ; recommencez.`,
          `id_token.${claim ?? 'claims'}`,
          'claimMismatch',
        );
      }
      if (/signature verification failed/i.test(message)) {
        return rejected('La signature du jeton d’identité ne correspond à aucune clé publiée par ProConnect.', 'id_token', 'badSignature');
      }
      if (error.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' && Number((error.cause as Response | undefined)?.status) >= 500) {
        return unavailable();
      }
      this.logger.warn(`ProConnect response refused: ${error.code ?? 'unknown'} ${message}`);
      return rejected('La réponse de ProConnect est refusée par la plateforme ; recommencez la connexion.', 'id_token', error.code ?? 'invalidResponse');
    }
    throw error;
  }
}

/** ProConnect is down: worth trying again in a little while (the password login still works). */
function unavailable(): Problem {
  return new Problem(IdentityProblems.proconnectUnavailable, IdentityProblems.proconnectUnavailable.description, {
    headers: { 'retry-after': '30' },
    extensions: { retryAfterSeconds: 30 },
  });
}

/** fetch() failing somewhere in the chain of causes (refused connection, DNS, reset, timeout): the provider cannot be reached. */
function unreachable(error: unknown): boolean {
  // By name, not instanceof: fetch's errors may come from another realm (Node's own, under a test runner's sandbox).
  for (const cause of causes(error)) {
    if (cause.name === 'TypeError' && /fetch failed/i.test(cause.message ?? '')) return true;
    if (cause.name === 'TimeoutError' || cause.name === 'AbortError') return true;
    if (['ECONNREFUSED', 'ENOTFOUND', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET'].includes(cause.code ?? ''))
      return true;
  }
  return false;
}

function describeCauses(error: unknown): string {
  return causes(error)
    .map((cause) => cause.message)
    .join(' ← ');
}

function causes(error: unknown): Array<{ name?: string; message?: string; code?: string }> {
  const chain: Array<{ name?: string; message?: string; code?: string; cause?: unknown }> = [];
  for (let cause = error; cause && typeof cause === 'object' && chain.length < 6; cause = (cause as { cause?: unknown }).cause) chain.push(cause as never);
  return chain;
}
