import { Injectable, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, Not } from 'typeorm';
import {
  AppConfig,
  Clock,
  Problem,
  Problems,
  RateLimiter,
  RedisService,
  SECRET_LINK_PAGES,
  ScheduledJobs,
  UserKind,
  linkWithSecret,
  validationProblem,
} from '@iae/core';
import { AuditTrail, isUniqueViolation } from '@iae/database';
import { Outbox } from '@iae/notifications';
import { AccountsRepository, ExpiringTable } from './accounts.repository';
import { AccessTokens } from './auth/access-tokens';
import { InvitationsService } from './invitations.service';
import { OrganizationsService, Profile } from './organizations.service';
import { PasswordHasher } from './password-hasher';
import { IdentityProblems } from './problems';
import { KNOWN_ADDRESS_DAYS, mustWaitForAccountBudget } from './rules/login-budget';
import { checkPassword } from './rules/password-policy';
import { refreshVerdict } from './rules/refresh-token-rules';
import { hashSecret, newSecret } from './secrets';
import { User } from './user.entity';
import { UserToken, UserTokenPurpose } from './user-token.entity';

export interface SignUpInput {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  kind?: UserKind;
  invitationToken?: string;
}

/** The queue of the e-mails about accounts that the worker decides on (so the API's answer cannot tell). */
export const ACCOUNT_MAIL_QUEUE = 'account-mail';

/** What a sign-up answers: the same for an address with or without an account. */
export interface SignUpOutcome {
  email: string;
  emailConfirmed: boolean;
  invitationAccepted: boolean;
}

export interface SessionTokens {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/** Sign-up, e-mail confirmation, login, sessions (rotating refresh tokens) and password changes. */
@Injectable()
export class AccountsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly hasher: PasswordHasher,
    private readonly accessTokens: AccessTokens,
    private readonly outbox: Outbox,
    private readonly invitations: InvitationsService,
    private readonly rateLimiter: RateLimiter,
    private readonly audit: AuditTrail,
    private readonly jobs: ScheduledJobs,
    private readonly organizations: OrganizationsService,
    private readonly redis: RedisService,
    private readonly repository: AccountsRepository,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'identity.purge-expired-tokens',
      description: 'Supprime les liens à usage unique et les jetons de rafraîchissement expirés depuis plus de 7 jours.',
      cron: '25 3 * * *',
      run: async ({ now, dryRun }) => {
        const cutoff = new Date(now.getTime() - 7 * 86_400_000);
        const count = (table: ExpiringTable) => (dryRun ? this.repository.expiredCount(table, cutoff) : this.repository.purgeExpired(table, cutoff));
        const links = await count('user_tokens');
        const refreshTokens = await count('refresh_tokens');
        // A session outlives its last refresh token by the same week (its tokens go with it).
        const sessions = await count('sessions');
        return {
          summary: `${links} link(s), ${refreshTokens} refresh token(s) and ${sessions} session(s) ${dryRun ? 'to purge' : 'purged'}`,
          links,
          refreshTokens,
          sessions,
        };
      },
    });
  }

  /**
   * Without an invitation, the answer and the work done while answering are the same whether or not
   * the address has an account (an insert that may do nothing, one message for the worker): the
   * worker then e-mails a confirmation link to a new address, and tells an existing one's owner.
   */
  async signUp(input: SignUpInput, client: ClientInfo): Promise<SignUpOutcome> {
    const email = input.email.trim().toLowerCase();
    await this.rateLimiter.consume(
      'signup',
      client.ip ?? 'unknown',
      { limit: 20, windowSeconds: 3600 },
      'Trop de créations de compte depuis cette adresse ; réessayez plus tard.',
    );
    const passwordErrors = checkPassword(input.password, { email, firstName: input.firstName, lastName: input.lastName });
    if (passwordErrors.length) throw validationProblem(passwordErrors);
    const passwordHash = await this.hasher.hash(input.password);
    const now = this.clock.now();
    const values = {
      email,
      passwordHash,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      isStaff: false,
      passwordChangedAt: now,
    };
    if (input.invitationToken) return this.signUpInvited(input.invitationToken, values, now);

    await this.dataSource.transaction(async (manager) => {
      const userId = await this.repository.insertUserUnlessEmailTaken(manager, { ...values, kind: input.kind ?? 'professional', emailConfirmedAt: null });
      await this.outbox.publish(manager, { queue: ACCOUNT_MAIL_QUEUE, tracked: true, jobName: 'sign-up-requested', payload: { email, userId } });
    });
    return { email, emailConfirmed: false, invitationAccepted: false };
  }

  /** Whoever holds an invitation proved the address: the account is created confirmed and joins at once. */
  private async signUpInvited(token: string, values: Partial<User> & { email: string }, now: Date): Promise<SignUpOutcome> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const invitation = await this.invitations.findPendingByToken(manager, token, now);
        if (!invitation) {
          throw validationProblem([
            { field: 'invitationToken', code: 'invalidInvitation', message: 'Cette invitation est inconnue, expirée ou déjà utilisée.' },
          ]);
        }
        if (invitation.email.toLowerCase() !== values.email) {
          throw new Problem(IdentityProblems.invitationEmailMismatch, `L’invitation a été envoyée à une autre adresse ; inscrivez-vous avec celle-ci.`);
        }
        const user = await this.repository.createUser(manager, { ...values, kind: 'professional', emailConfirmedAt: now });
        await this.invitations.acceptWithinTransaction(manager, invitation, user, now);
        return { email: user.email, emailConfirmed: true, invitationAccepted: true };
      });
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_unique')) {
        throw new Problem(IdentityProblems.emailAlreadyUsed, 'Un compte existe déjà avec cette adresse e-mail ; connectez-vous pour accepter l’invitation.');
      }
      throw error;
    }
  }

  /** The worker's side of a sign-up: a confirmation link to a new account, a notice to the owner of an existing one. */
  /** `within`: the transaction of the caller (the account-mail processor, which marks the request handled in it). */
  async completeSignUp(email: string, createdUserId: string | null, within?: EntityManager): Promise<void> {
    await this.inTransaction(within, async (manager) => {
      if (createdUserId) {
        const user = await this.repository.userById(createdUserId, manager);
        if (user && !user.emailConfirmedAt && !user.disabledAt) await this.sendLink(manager, user, 'email_confirmation');
        return;
      }
      const owner = await this.repository.userByEmail(manager, email);
      if (!owner || owner.disabledAt) return;
      await this.outbox.queueEmail(manager, {
        to: owner.email,
        userId: owner.id,
        template: 'identity/account-exists',
        context: { firstName: owner.firstName, resetLink: `${this.config.http.publicUrl}${SECRET_LINK_PAGES.passwordReset}` },
      });
    });
  }

  /**
   * Creates an account whose address another context has already proven (a candidate following the
   * link of their invitation), in that context's transaction.
   */
  async createConfirmedUserWithinTransaction(
    manager: EntityManager,
    input: { email: string; password: string; firstName: string; lastName: string; kind: UserKind },
  ): Promise<User> {
    const email = input.email.trim().toLowerCase();
    const errors = checkPassword(input.password, { email, firstName: input.firstName, lastName: input.lastName });
    if (errors.length) throw validationProblem(errors);
    if (await this.repository.emailTaken(email, manager)) {
      throw new Problem(IdentityProblems.emailAlreadyUsed, 'Un compte existe déjà avec cette adresse e-mail ; connectez-vous pour accepter l’invitation.');
    }
    const now = this.clock.now();
    return this.repository.createUser(manager, {
      email,
      passwordHash: await this.hasher.hash(input.password),
      firstName: input.firstName,
      lastName: input.lastName,
      kind: input.kind,
      isStaff: false,
      emailConfirmedAt: now,
      passwordChangedAt: now,
    });
  }

  /** The platform's staff who can act (not disabled), by e-mail: whom a context asks to check something. */
  activeStaff(manager: EntityManager = this.dataSource.manager): Promise<Array<{ userId: string; email: string; firstName: string }>> {
    return this.repository.activeStaff(manager);
  }

  /** Asks the worker for a new confirmation link: the same answer and work whether or not the address has an account. */
  async resendConfirmation(rawEmail: string, client: ClientInfo): Promise<void> {
    const email = rawEmail.trim().toLowerCase();
    await this.rateLimiter.consume(
      'confirmation-request',
      `${client.ip}:${hashSecret(email)}`,
      { limit: 5, windowSeconds: 3600 },
      'Trop de demandes pour cette adresse ; réessayez plus tard.',
    );
    await this.dataSource.transaction((manager) =>
      this.outbox.publish(manager, { queue: ACCOUNT_MAIL_QUEUE, tracked: true, jobName: 'confirmation-requested', payload: { email } }),
    );
  }

  /** The worker's side: a link to an account still unconfirmed, nothing otherwise. */
  async sendConfirmationLink(email: string, within?: EntityManager): Promise<void> {
    await this.inTransaction(within, async (manager) => {
      const user = await this.repository.userByEmail(manager, email);
      if (user && !user.emailConfirmedAt && !user.disabledAt) await this.sendLink(manager, user, 'email_confirmation');
    });
  }

  async confirmEmail(token: string): Promise<{ email: string }> {
    return this.dataSource.transaction(async (manager) => {
      const used = await this.repository.linkByHash(hashSecret(token), 'email_confirmation', manager, { lock: true });
      if (used?.usedAt && used.expiresAt > this.clock.now()) {
        // Opened again (a second tab, a reload, a double click) while the link lives: what it confirmed stays confirmed.
        const owner = await this.repository.userByIdOrFail(used.userId, manager);
        if (owner.emailConfirmedAt && !owner.disabledAt) return { email: owner.email };
      }
      const link = await this.useLink(manager, token, 'email_confirmation');
      const user = await this.repository.userByIdOrFail(link.userId, manager);
      if (!user.emailConfirmedAt) {
        user.emailConfirmedAt = this.clock.now();
        await this.repository.saveUser(manager, user);
        await this.audit.record(manager, { action: 'user.email_confirmed', subjectType: 'user', subjectId: user.id, actorUserId: user.id });
      }
      return { email: user.email };
    });
  }

  async login(rawEmail: string, password: string, client: ClientInfo): Promise<SessionTokens> {
    const email = rawEmail.trim().toLowerCase();
    const rule = this.config.auth.loginRateLimit;
    const tooMany = 'Trop de tentatives de connexion ; réessayez dans quelques minutes.';
    const byClient = `${client.ip}:${hashSecret(email)}`;
    const byAddress = client.ip ?? 'unknown';
    await this.rateLimiter.consume('login', byClient, rule, tooMany);
    await this.rateLimiter.consume('login-ip', byAddress, { limit: rule.limit * 10, windowSeconds: rule.windowSeconds }, tooMany);
    // The account's own budget, kept the same way whether or not the address has an account.
    const account = hashSecret(email);
    const accountRule = this.config.auth.loginAccountRateLimit;
    const fromKnownAddress = await this.isKnownAddress(account, client.ip);
    const spent = await this.rateLimiter.peek('login-account', account);
    if (mustWaitForAccountBudget({ fromKnownAddress, recentFailuresFromUnknownAddresses: spent.count, limit: accountRule.limit })) {
      throw new Problem(
        Problems.rateLimited,
        `Trop de tentatives sur ce compte depuis des adresses inconnues : réessayez dans ${Math.ceil(spent.retryAfterSeconds / 60)} min, ou réinitialisez votre mot de passe (lien par e-mail).`,
        { headers: { 'retry-after': String(spent.retryAfterSeconds) }, extensions: { retryAfterSeconds: spent.retryAfterSeconds } },
      );
    }

    const user = await this.repository.userWithPasswordHashByEmail(email);
    const valid = user ? await this.hasher.verify(user.passwordHash, password) : await this.hasher.verifyNothing(password);
    if (!user || !valid) {
      if (!fromKnownAddress) await this.rateLimiter.hit('login-account', account, accountRule);
      throw new Problem(IdentityProblems.invalidCredentials);
    }
    // The right password is no guess: only failures count, or an agency behind one address would be shut out by its
    // own morning logins.
    await Promise.all([this.rateLimiter.refund('login', byClient), this.rateLimiter.refund('login-ip', byAddress)]);
    if (user.disabledAt) throw new Problem(IdentityProblems.accountDisabled);
    if (!user.emailConfirmedAt) {
      throw new Problem(IdentityProblems.emailNotConfirmed, 'Confirmez d’abord votre adresse e-mail avec le lien reçu ; vous pouvez en demander un nouveau.');
    }

    await this.rememberAddress(account, client.ip);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const rehash = this.hasher.needsRehash(user.passwordHash) ? await this.hasher.hash(password) : null;
      if (rehash) await this.repository.setPasswordHash(manager, user.id, rehash);
      return this.openSessionWithinTransaction(manager, user.id, client, now);
    });
  }

  /**
   * Opens a session for someone whose identity was just proven (a password, or ProConnect whose ID token the session
   * keeps for the provider's logout), in the caller's transaction.
   */
  async openSessionWithinTransaction(
    manager: EntityManager,
    userId: string,
    client: ClientInfo,
    now: Date,
    options: { proconnectIdToken?: string } = {},
  ): Promise<SessionTokens> {
    await this.repository.setLastLogin(manager, userId, now);
    const session = await this.repository.createSession(manager, {
      id: randomUUID(),
      userId,
      expiresAt: this.refreshExpiry(now),
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 500) ?? null,
      proconnectIdToken: options.proconnectIdToken ?? null,
    });
    return this.issueTokens(manager, userId, session.id, client, now);
  }

  /** The ProConnect ID token of the session a refresh token belongs to (null for a password session or an unknown token). */
  proconnectIdTokenOf(refreshToken: string): Promise<string | null> {
    return this.repository.proconnectIdTokenOfRefreshToken(hashSecret(refreshToken));
  }

  /** Exchanges a refresh token for a new pair; a second use of the same token revokes its whole family. */
  async refresh(token: string, client: ClientInfo): Promise<SessionTokens> {
    const now = this.clock.now();
    const outcome = await this.dataSource.transaction(async (manager) => {
      const current = await this.repository.refreshTokenByHash(manager, hashSecret(token), { lock: true });
      if (!current) return { problem: new Problem(IdentityProblems.invalidRefreshToken) };
      const verdict = refreshVerdict(current, now);
      if (verdict === 'reused') {
        await this.repository.revokeRefreshTokens(manager, { familyId: current.familyId }, 'reuse_detected', now);
        await this.repository.endSessions(manager, { id: current.familyId }, 'reuse_detected', now);
        await this.audit.record(manager, {
          action: 'session.refresh_token_reused',
          subjectType: 'user',
          subjectId: current.userId,
          details: { familyId: current.familyId, ip: client.ip, userAgent: client.userAgent },
        });
        return { problem: new Problem(IdentityProblems.refreshTokenReused) };
      }
      if (verdict !== 'valid') return { problem: new Problem(IdentityProblems.invalidRefreshToken) };
      const owner = await this.repository.userById(current.userId, manager);
      if (!owner || owner.disabledAt) return { problem: new Problem(IdentityProblems.accountDisabled) };

      await this.repository.extendSession(manager, current.familyId, now, this.refreshExpiry(now));
      const session = await this.issueTokens(manager, current.userId, current.familyId, client, now);
      const nextId = await this.repository.refreshTokenIdByHash(manager, hashSecret(session.refreshToken));
      await this.repository.markRotated(manager, current.id, nextId, now);
      return { session };
    });
    // The revocation above must commit before the caller is told no.
    if ('problem' in outcome) throw outcome.problem;
    return outcome.session;
  }

  /** Ends the session the refresh token belongs to (or every session of its owner). Silent on unknown tokens. */
  async logout(token: string, everywhere: boolean): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const current = await this.repository.refreshTokenByHash(manager, hashSecret(token));
      if (!current) return;
      const scope = everywhere ? { userId: current.userId } : { familyId: current.familyId };
      await this.repository.revokeRefreshTokens(manager, scope, 'logout', now);
      await this.repository.endSessions(manager, everywhere ? { userId: current.userId } : { id: current.familyId }, 'logout', now);
    });
  }

  /** Asks the worker for a reset link: the same answer and work whether or not the address has an account. */
  async requestPasswordReset(rawEmail: string, client: ClientInfo): Promise<void> {
    const email = rawEmail.trim().toLowerCase();
    await this.rateLimiter.consume(
      'password-reset',
      `${client.ip}:${hashSecret(email)}`,
      { limit: 5, windowSeconds: 3600 },
      'Trop de demandes pour cette adresse ; réessayez plus tard.',
    );
    await this.dataSource.transaction((manager) =>
      this.outbox.publish(manager, { queue: ACCOUNT_MAIL_QUEUE, tracked: true, jobName: 'password-reset-requested', payload: { email } }),
    );
  }

  /** The worker's side: a link to the account's owner, nothing to an address without one. */
  async sendPasswordResetLink(email: string, within?: EntityManager): Promise<void> {
    await this.inTransaction(within, async (manager) => {
      const user = await this.repository.userByEmail(manager, email);
      if (user && !user.disabledAt) await this.sendLink(manager, user, 'password_reset');
    });
  }

  /** What a reset link is worth before it is used (for the page the link opens). */
  async inspectPasswordReset(token: string): Promise<{ email: string; expiresAt: Date }> {
    const link = await this.repository.linkByHash(hashSecret(token), 'password_reset');
    if (!link || link.usedAt || link.expiresAt <= this.clock.now()) throw new Problem(IdentityProblems.invalidLink);
    const user = await this.repository.userByIdOrFail(link.userId);
    return { email: maskEmail(user.email), expiresAt: link.expiresAt };
  }

  async resetPassword(token: string, password: string): Promise<void> {
    const now = this.clock.now();
    const email = await this.dataSource.transaction(async (manager) => {
      const link = await this.useLink(manager, token, 'password_reset');
      const user = await this.repository.userByIdOrFail(link.userId, manager);
      await this.setPassword(manager, user, password, 'password', now);
      // Receiving the link proved the address too.
      if (!user.emailConfirmedAt) await this.repository.setEmailConfirmed(manager, user.id, now);
      await this.audit.record(manager, { action: 'user.password_reset', subjectType: 'user', subjectId: user.id, actorUserId: user.id });
      return user.email;
    });
    // Whoever read the e-mail owns the account: the failures of strangers no longer hold them back.
    await this.rateLimiter.reset('login-account', hashSecret(email));
  }

  /** Changes the password of the signed-in user; their other sessions end, the one they are using goes on. */
  async changePassword(userId: string, currentSessionId: string | undefined, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.repository.userWithPasswordHashById(userId);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw validationProblem([{ field: 'currentPassword', code: 'wrongPassword', message: 'Le mot de passe actuel est incorrect.' }]);
    }
    await this.dataSource.transaction(async (manager) => {
      await this.setPassword(manager, user, newPassword, 'newPassword', this.clock.now(), currentSessionId);
      await this.audit.record(manager, { action: 'user.password_changed', subjectType: 'user', subjectId: user.id, actorUserId: user.id });
    });
  }

  profile(userId: string): Promise<Profile> {
    return this.organizations.profileOf(userId);
  }

  async updateProfile(userId: string, changes: { firstName?: string; lastName?: string }): Promise<void> {
    const patch: Partial<User> = {};
    if (changes.firstName !== undefined) patch.firstName = changes.firstName.trim();
    if (changes.lastName !== undefined) patch.lastName = changes.lastName.trim();
    if (Object.keys(patch).length) await this.repository.updateNames(userId, patch);
  }

  /** A new password closes every open session, but the one it was changed from (`keepSessionId`). */
  private async setPassword(manager: EntityManager, user: User, password: string, field: string, now: Date, keepSessionId?: string): Promise<void> {
    const errors = checkPassword(password, { email: user.email, firstName: user.firstName, lastName: user.lastName }, field);
    if (errors.length) throw validationProblem(errors);
    await this.repository.setPassword(manager, user.id, await this.hasher.hash(password), now);
    const others = keepSessionId ? { familyId: Not(keepSessionId) } : {};
    await this.repository.revokeRefreshTokens(manager, { userId: user.id, ...others }, 'password_changed', now);
    await this.repository.endSessions(manager, { userId: user.id, ...(keepSessionId ? { id: Not(keepSessionId) } : {}) }, 'password_changed', now);
  }

  /** Addresses a person signed in from, kept hashed for KNOWN_ADDRESS_DAYS. */
  private async isKnownAddress(account: string, ip: string | null): Promise<boolean> {
    return !!ip && (await this.redis.client.sismember(this.redis.key('login-known', account), hashSecret(ip))) === 1;
  }

  private async rememberAddress(account: string, ip: string | null): Promise<void> {
    if (!ip) return;
    const key = this.redis.key('login-known', account);
    await this.redis.client
      .multi()
      .sadd(key, hashSecret(ip))
      .expire(key, KNOWN_ADDRESS_DAYS * 86_400)
      .exec();
  }

  private refreshExpiry(now: Date): Date {
    return new Date(now.getTime() + this.config.auth.refreshTokenTtlDays * 86_400_000);
  }

  /** A new refresh token in the session's chain, and an access token naming the session. */
  private async issueTokens(manager: EntityManager, userId: string, sessionId: string, client: ClientInfo, now: Date): Promise<SessionTokens> {
    const { token, hash } = newSecret();
    const expiresAt = this.refreshExpiry(now);
    await this.repository.insertRefreshToken(manager, {
      userId,
      familyId: sessionId,
      tokenHash: hash,
      expiresAt,
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 500) ?? null,
    });
    return {
      accessToken: this.accessTokens.sign(userId, sessionId, now),
      tokenType: 'Bearer',
      expiresIn: this.accessTokens.ttlSeconds,
      refreshToken: token,
      refreshTokenExpiresAt: expiresAt,
    };
  }

  /** Creates a one-time link (replacing any unused one of the same purpose) and queues the e-mail. */
  private inTransaction(within: EntityManager | undefined, work: (manager: EntityManager) => Promise<void>): Promise<void> {
    return within ? work(within) : this.dataSource.transaction(work);
  }

  private async sendLink(manager: EntityManager, user: User, purpose: UserTokenPurpose): Promise<void> {
    const now = this.clock.now();
    await this.repository.expireUnusedLinks(manager, user.id, now, purpose);
    const { token, hash } = newSecret();
    const ttlMs = purpose === 'email_confirmation' ? this.config.auth.emailConfirmationTtlHours * 3_600_000 : this.config.auth.passwordResetTtlMinutes * 60_000;
    const expiresAt = new Date(now.getTime() + ttlMs);
    await this.repository.insertLink(manager, { userId: user.id, purpose, tokenHash: hash, expiresAt });
    const base = this.config.http.publicUrl;
    await this.outbox.queueEmail(manager, {
      to: user.email,
      userId: user.id,
      template: purpose === 'email_confirmation' ? 'identity/email-confirmation' : 'identity/password-reset',
      context: {
        firstName: user.firstName,
        link: linkWithSecret(base, purpose === 'email_confirmation' ? 'emailConfirmation' : 'passwordReset', token),
        expiresAt: expiresAt.toISOString(),
      },
    });
  }

  private async useLink(manager: EntityManager, token: string, purpose: UserTokenPurpose): Promise<UserToken> {
    const link = await this.repository.linkByHash(hashSecret(token), purpose, manager, { lock: true });
    if (!link || link.usedAt || link.expiresAt <= this.clock.now()) throw new Problem(IdentityProblems.invalidLink);
    link.usedAt = this.clock.now();
    await this.repository.saveLink(manager, link);

    return link;
  }
}

/** `camille.martin@example.org` → `ca***@example.org`: enough to recognise, not to harvest. */
export function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return `${local.slice(0, 2)}***@${domain}`;
}
