import { CanActivate, ExecutionContext, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ACCESS_RULE, AccessRule, Problem, Problems, RequestWithActor, forbidden, isUuid, notFound, validationProblem } from '@iae/core';
import { isHabilitated } from '../rules/organization-kinds';
import { IdentityProblems } from '../problems';
import { AccessTokens } from './access-tokens';
import { ActorLoader, LoadedActor } from './actor-loader';

const sessionClosed = () => new Problem(Problems.unauthenticated, 'Cette session est terminée (déconnexion ou changement de mot de passe) ; reconnectez-vous.');

const FAMILY_LABELS: Record<string, string> = {
  employer: 'aux employeurs',
  prescriber: 'aux prescripteurs et orienteurs',
  institution: 'aux services de l’État (DDETS, DREETS, DGEFP)',
};

/**
 * The authorisation policy in one place: reads the rule each endpoint declares with `Access.*`,
 * authenticates the bearer token, resolves the organisation the request acts for, and decides.
 */
@Injectable()
export class AccessGuard implements CanActivate, OnApplicationBootstrap {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly actors: ActorLoader,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  /** Refuses to start while any route forgets to say who may call it. */
  onApplicationBootstrap(): void {
    const undeclared: string[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance) continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method];
        if (!Reflect.getMetadata('path', handler) && Reflect.getMetadata('method', handler) === undefined) continue;
        if (!this.reflector.getAllAndOverride(ACCESS_RULE, [handler, instance.constructor])) {
          undeclared.push(`${instance.constructor.name}.${method}`);
        }
      }
    }
    if (undeclared.length) throw new Error(`Routes without an access rule (add @Access.*): ${undeclared.join(', ')}`);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) throw forbidden('Cette adresse ne déclare pas qui peut l’appeler.');
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (rule.kind === 'public') {
      // A public route may still recognise its caller; an invalid token is an error, not anonymity.
      if (rule.identify && request.headers.authorization) {
        const { userId, sessionId } = this.authenticate(request);
        const actor = await this.actors.load(userId, this.organizationIdOf(request), sessionId);
        if (actor && !actor.disabled && !actor.sessionOpen) throw sessionClosed();
        // The organisation named counts only if the caller belongs to it (nothing is refused here).
        const organization = actor?.organization?.role ? actor.organization : null;
        if (actor && !actor.disabled)
          (request as RequestWithActor).actor = { userId: actor.userId, email: actor.email, kind: actor.kind, isStaff: actor.isStaff, organization, sessionId };
      }
      return true;
    }

    const { userId, sessionId } = this.authenticate(request);
    // The organisation the request acts for: required by member rules, optional context elsewhere.
    const organizationId = this.organizationIdOf(request, rule.kind === 'member' ? rule.pathParam : undefined);
    const actor = await this.actors.load(userId, organizationId, sessionId);
    if (!actor) throw new Problem(Problems.unauthenticated, 'Ce compte n’existe plus.');
    if (actor.disabled) throw new Problem(IdentityProblems.accountDisabled);
    if (!actor.sessionOpen) throw sessionClosed();
    (request as RequestWithActor).actor = {
      userId: actor.userId,
      email: actor.email,
      kind: actor.kind,
      isStaff: actor.isStaff,
      organization: actor.organization,
      sessionId,
    };

    switch (rule.kind) {
      case 'user':
        if (rule.userKinds && !rule.userKinds.includes(actor.kind)) {
          throw forbidden(rule.userKinds.includes('candidate') ? 'Réservé aux candidats.' : 'Réservé aux professionnels.');
        }
        this.checkNamedOrganization(actor, organizationId);
        if (rule.families && actor.kind === 'professional' && !actor.isStaff) {
          if (!actor.organization) {
            throw validationProblem([
              { field: 'X-Organization-Id', code: 'isDefined', message: 'Indiquez l’organisation pour laquelle vous agissez (en-tête « X-Organization-Id »).' },
            ]);
          }
          if (!rule.families.includes(actor.organization.family))
            throw forbidden(`Action réservée ${rule.families.map((f) => FAMILY_LABELS[f]).join(' ou ')}.`);
        }
        return true;
      case 'staff':
        if (!actor.isStaff) throw forbidden('Réservé à l’équipe de la plateforme.');
        return true;
      case 'member': {
        const staffOverride = rule.allowStaff && actor.isStaff;
        if (!organizationId) {
          // Staff may read across organisations without naming one.
          if (staffOverride) return true;
          if (actor.kind === 'candidate' || actor.isStaff) throw forbidden('Réservé aux membres de l’organisation concernée.');
          const field = rule.pathParam ?? 'X-Organization-Id';
          throw validationProblem([
            { field, code: 'isDefined', message: 'Indiquez l’organisation pour laquelle vous agissez (en-tête « X-Organization-Id »).' },
          ]);
        }
        const organization = actor.organization;
        if (!organization) throw notFound('Aucune organisation ne porte cet identifiant.');
        if (!organization.role && !staffOverride) throw forbidden('Vous n’êtes pas membre de cette organisation.');
        if (rule.families && !rule.families.includes(organization.family)) {
          throw forbidden(`Action réservée ${rule.families.map((f) => FAMILY_LABELS[f]).join(' ou ')}.`);
        }
        if (rule.kinds && !rule.kinds.includes(organization.kind)) {
          throw forbidden(`Action réservée aux organisations de type ${rule.kinds.join(', ')}.`);
        }
        if (rule.habilitated && !isHabilitated(organization.family, organization.authorizationStatus)) {
          throw forbidden('Action réservée aux prescripteurs habilités : votre organisation n’est pas (encore) habilitée.');
        }
        if (rule.role === 'admin' && organization.role !== 'admin' && !staffOverride) {
          throw forbidden('Action réservée aux administrateurs de l’organisation.');
        }
        return true;
      }
    }
  }

  private authenticate(request: FastifyRequest): { userId: string; sessionId: string } {
    const header = request.headers.authorization;
    if (!header) throw new Problem(Problems.unauthenticated, 'Connectez-vous : l’en-tête Authorization est absent.');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new Problem(Problems.unauthenticated, 'L’en-tête Authorization doit avoir la forme « Bearer <jeton> ».');
    const verified = this.tokens.verify(match[1]);
    if (!verified) throw new Problem(Problems.unauthenticated, 'Le jeton d’accès est invalide ou expiré ; renouvelez-le.');
    return verified;
  }

  /** An organisation named where the rule does not need one must still be the caller's. */
  private checkNamedOrganization(actor: LoadedActor, organizationId: string | null): void {
    if (!organizationId || actor.isStaff) return;
    if (!actor.organization) throw notFound('Aucune organisation ne porte cet identifiant.');
    if (!actor.organization.role) throw forbidden('Vous n’êtes pas membre de l’organisation indiquée par X-Organization-Id.');
  }

  private organizationIdOf(request: FastifyRequest, pathParam?: string): string | null {
    const fromPath = pathParam ? (request.params as Record<string, string>)[pathParam] : undefined;
    const header = request.headers['x-organization-id'];
    const fromHeader = Array.isArray(header) ? header[0] : header;
    const field = fromPath !== undefined ? pathParam! : 'X-Organization-Id';
    const id = fromPath ?? fromHeader;
    if (!id) return null;
    if (!isUuid(id)) {
      throw validationProblem([{ field, code: 'isUUID', message: `« ${field} » doit être l’identifiant (UUID) d’une organisation.` }]);
    }
    return id.toLowerCase();
  }
}
