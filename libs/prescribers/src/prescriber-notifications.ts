import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@iae/core';
import { AccountsService, OrganizationsService, PRESCRIBER_KINDS, PrescriberKind } from '@iae/identity';
import { EmailRequest, NotificationListeners } from '@iae/notifications';
import { findDepartement } from '@iae/territory';
import { AuthorizationDecided, HabilitationEvent, HabilitationRequestEvent, OrganizationToCheck, PrescriberKindChanged } from './events';
import { HabilitationRequest } from './habilitation-request.entity';
import { HabilitationRequestsRepository } from './habilitation-requests.repository';

const REQUEST_EVENTS: ReadonlyArray<HabilitationRequestEvent['jobName']> = [
  'prescribers.habilitation-request-submitted',
  'prescribers.habilitation-request-answered',
  'prescribers.habilitation-information-requested',
  'prescribers.habilitation-granted',
  'prescribers.habilitation-refused',
];

const HABILITATION_EVENTS: ReadonlyArray<HabilitationEvent['jobName']> = [
  'prescribers.habilitation-expiring',
  'prescribers.habilitation-expired',
  'prescribers.habilitation-withdrawn',
];

type Recipient = { userId: string; email: string; firstName: string };

/**
 * The e-mails of the prescribers context, made by the notifications listener after the commit from the events of
 * `events.ts`: to the platform's team (an organisation to check), to the organisation's members (its kind, its
 * authorisation, its habilitation), to the DDETS's members (a request to instruct). The recipients and the names are
 * read when the listener runs.
 */
@Injectable()
export class PrescriberNotifications implements OnModuleInit {
  constructor(
    private readonly requests: HabilitationRequestsRepository,
    private readonly config: AppConfig,
    private readonly organizations: OrganizationsService,
    private readonly accounts: AccountsService,
    private readonly listeners: NotificationListeners,
  ) {}

  onModuleInit(): void {
    this.listeners.on<OrganizationToCheck>('prescribers.organization-to-check', ({ payload }) => this.toCheck(payload));
    this.listeners.on<PrescriberKindChanged>('prescribers.kind-changed', ({ payload }) => this.kindChanged(payload));
    for (const jobName of ['prescribers.authorization-validated', 'prescribers.authorization-refused'] as const) {
      this.listeners.on<AuthorizationDecided>(jobName, ({ payload }) =>
        this.toMembers(payload.organizationId, 'prescribers/authorization-decided', {
          validated: jobName === 'prescribers.authorization-validated',
          reason: payload.reason,
        }),
      );
    }
    for (const jobName of REQUEST_EVENTS) this.listeners.on<HabilitationRequestEvent>(jobName, ({ payload }) => this.requestStep(jobName, payload));
    for (const jobName of HABILITATION_EVENTS) this.listeners.on<HabilitationEvent>(jobName, ({ payload }) => this.habilitation(jobName, payload));
  }

  /** To the platform's team: an organisation of a kind habilitated by law to check. */
  private async toCheck(event: OrganizationToCheck['payload']): Promise<EmailRequest[]> {
    const [organization] = await this.organizations.findByIds([event.organizationId]);
    if (!organization) return [];
    return (await this.accounts.activeStaff()).map((person) => ({
      to: person.email,
      userId: person.userId,
      organizationId: event.organizationId,
      template: 'prescribers/organization-to-check',
      context: {
        firstName: person.firstName,
        organizationName: organization.name,
        kindLabel: PRESCRIBER_KINDS[event.kind as PrescriberKind] ?? event.kind,
        // The team's page for this organisation (the web application's), where it validates or refuses.
        link: `${this.config.http.publicUrl}/equipe/prescripteurs/${event.organizationId}`,
      },
    }));
  }

  private kindChanged(event: PrescriberKindChanged['payload']): Promise<EmailRequest[]> {
    return this.toMembers(event.organizationId, 'prescribers/kind-changed', {
      fromLabel: PRESCRIBER_KINDS[event.fromKind as PrescriberKind] ?? event.fromKind,
      toLabel: PRESCRIBER_KINDS[event.toKind as PrescriberKind] ?? event.toKind,
      orienteur: event.authorizationStatus !== 'validated',
      toValidate: event.authorizationStatus === 'not_set',
    });
  }

  /** A step of a habilitation request: sent to the DDETS of its département, or its answer to the organisation. */
  private async requestStep(jobName: HabilitationRequestEvent['jobName'], event: HabilitationRequestEvent['payload']): Promise<EmailRequest[]> {
    const request = await this.requests.findById(event.requestId);
    if (!request) return [];
    switch (jobName) {
      case 'prescribers.habilitation-request-submitted':
        return this.toDdets(request, 'prescribers/habilitation-request-submitted', {});
      case 'prescribers.habilitation-request-answered':
        return this.toDdets(request, 'prescribers/habilitation-request-answered', { message: event.message });
      case 'prescribers.habilitation-information-requested':
        return this.toMembers(request.organizationId, 'prescribers/habilitation-information-requested', { message: event.message }, { adminsOnly: true });
      case 'prescribers.habilitation-granted':
        return this.toMembers(request.organizationId, 'prescribers/habilitation-decided', {
          granted: true,
          validUntil: event.grant?.validUntil ?? null,
          decisionReference: event.grant?.decisionReference ?? null,
          reason: null,
        });
      case 'prescribers.habilitation-refused':
        return this.toMembers(request.organizationId, 'prescribers/habilitation-decided', {
          granted: false,
          validUntil: null,
          decisionReference: null,
          reason: event.reason,
        });
    }
  }

  /** A prefectoral habilitation's end, near or reached, or its withdrawal: to the organisation (its admins for a warning). */
  private habilitation(jobName: HabilitationEvent['jobName'], event: HabilitationEvent['payload']): Promise<EmailRequest[]> {
    switch (jobName) {
      case 'prescribers.habilitation-expiring':
        return this.toMembers(
          event.organizationId,
          'prescribers/habilitation-expiring',
          { validUntil: event.validUntil, daysLeft: event.daysLeft },
          { adminsOnly: true },
        );
      case 'prescribers.habilitation-expired':
        return this.toMembers(event.organizationId, 'prescribers/habilitation-expired', { validUntil: event.validUntil });
      case 'prescribers.habilitation-withdrawn':
        return this.toMembers(event.organizationId, 'prescribers/habilitation-withdrawn', { reason: event.reason });
    }
  }

  /** To the members of the DDETS of the request's département. */
  private async toDdets(request: HabilitationRequest, template: string, context: Record<string, unknown>): Promise<EmailRequest[]> {
    const ddets = await this.organizations.findDdets(request.departementCode);
    const [organization] = await this.organizations.findByIds([request.organizationId]);
    if (!ddets || !organization) return [];
    return (await this.organizations.memberEmails(ddets.id)).map((member: Recipient) => ({
      to: member.email,
      userId: member.userId,
      organizationId: ddets.id,
      template,
      context: {
        firstName: member.firstName,
        organizationName: organization.name,
        departementName: findDepartement(request.departementCode)?.name,
        isRenewal: request.isRenewal,
        link: `${this.config.http.publicUrl}/ddets/habilitations/${request.id}`,
        ...context,
      },
    }));
  }

  /** To the prescriber organisation's members (its admins only when asked), with its name and page. */
  private async toMembers(
    organizationId: string,
    template: string,
    context: Record<string, unknown>,
    options: { adminsOnly?: boolean } = {},
  ): Promise<EmailRequest[]> {
    const [organization] = await this.organizations.findByIds([organizationId]);
    if (!organization) return [];
    return (await this.organizations.memberEmails(organizationId, options)).map((member: Recipient) => ({
      to: member.email,
      userId: member.userId,
      organizationId,
      template,
      context: {
        firstName: member.firstName,
        link: `${this.config.http.publicUrl}/prescripteur/habilitation`,
        organizationName: organization.name,
        ...context,
      },
    }));
  }
}
