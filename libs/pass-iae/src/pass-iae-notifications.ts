import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@iae/core';
import { OrganizationsService } from '@iae/identity';
import { NotificationCatalog, Outbox } from '@iae/notifications';
import { displayPassNumber } from './rules/pass-dates';

/** What every PASS IAE e-mail says of the PASS and the person. */
export interface PassMailFacts {
  passNumber: string;
  candidate: { firstName: string; lastName: string; email: string | null; userId: string | null };
}

/** What the e-mails about one prolongation request say. */
export interface RequestMailFacts extends PassMailFacts {
  requestId: string;
  employerId: string;
  employerName: string;
  prescriberOrganizationId: string;
  prescriberName: string;
  reasonLabel: string;
  startDate: string;
  endDate: string;
}

/**
 * The e-mails of the PASS IAE context, written to the outbox in the caller's transaction: the PASS
 * issued (employer), a prolongation request and its reminders (prescriber), its decision (employer
 * and the person).
 */
@Injectable()
export class PassIaeNotifications implements OnModuleInit {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
    private readonly catalog: NotificationCatalog,
  ) {}

  /** What an employer's member may switch off; prescribers always hear of requests waiting for them. */
  onModuleInit(): void {
    this.catalog.declare({ key: 'pass-iae.issued', label: 'PASS IAE délivré', families: ['employer'] });
    this.catalog.declare({ key: 'pass-iae.prolongation-granted', label: 'Prolongation de PASS IAE accordée', families: ['employer'] });
    this.catalog.declare({ key: 'pass-iae.prolongation-denied', label: 'Prolongation de PASS IAE refusée', families: ['employer'] });
  }

  /** To the member who hired (the reference's « PASS délivré »), or the admins if they are not one. */
  async passIssued(
    manager: EntityManager,
    facts: PassMailFacts & { employerId: string; employerName: string; startDate: string; endDate: string; reused: boolean; hiredByUserId: string },
  ): Promise<void> {
    const context = { ...this.common(facts), employerName: facts.employerName, startDate: facts.startDate, endDate: facts.endDate, reused: facts.reused };
    for (const member of await this.organizations.memberOrAdmins(facts.employerId, facts.hiredByUserId, { notification: 'pass-iae.issued' }, manager)) {
      await this.outbox.queueEmail(manager, {
        to: member.email,
        userId: member.userId,
        organizationId: facts.employerId,
        template: 'pass-iae/pass-issued',
        context: { ...context, firstName: member.firstName },
      });
    }
  }

  async requestCreated(manager: EntityManager, facts: RequestMailFacts, explanation: string | null): Promise<void> {
    await this.toMembers(manager, facts.prescriberOrganizationId, 'pass-iae.prolongation-request', 'pass-iae/prolongation-request-created', {
      ...this.requestContext(facts),
      explanation,
    });
  }

  async requestReminder(manager: EntityManager, facts: RequestMailFacts, reminder: number): Promise<void> {
    await this.toMembers(manager, facts.prescriberOrganizationId, 'pass-iae.prolongation-request-reminder', 'pass-iae/prolongation-request-reminder', {
      ...this.requestContext(facts),
      reminder,
    });
  }

  /** The decision, to the SIAE's members and to the person when they gave an e-mail address. */
  async requestDecided(
    manager: EntityManager,
    facts: RequestMailFacts,
    decision: { granted: boolean; denyReason: string | null; denyExplanation: string | null; proposedActions: string[] },
  ): Promise<void> {
    const template = decision.granted ? 'pass-iae/prolongation-request-granted' : 'pass-iae/prolongation-request-denied';
    const context = { ...this.requestContext(facts), ...decision };
    await this.toMembers(manager, facts.employerId, decision.granted ? 'pass-iae.prolongation-granted' : 'pass-iae.prolongation-denied', template, {
      ...context,
      forCandidate: false,
    });
    if (facts.candidate.email) {
      await this.outbox.queueEmail(manager, {
        to: facts.candidate.email,
        userId: facts.candidate.userId,
        template,
        context: {
          ...context,
          forCandidate: true,
          firstName: facts.candidate.firstName,
          link: `${this.config.http.publicUrl}/api/pass-iae/${facts.passNumber}`,
        },
      });
    }
  }

  private common(facts: PassMailFacts) {
    return {
      candidateName: `${facts.candidate.firstName} ${facts.candidate.lastName}`,
      passNumber: displayPassNumber(facts.passNumber),
      link: `${this.config.http.publicUrl}/api/pass-iae/${facts.passNumber}`,
    };
  }

  private requestContext(facts: RequestMailFacts) {
    return {
      ...this.common(facts),
      employerName: facts.employerName,
      prescriberName: facts.prescriberName,
      reasonLabel: facts.reasonLabel,
      startDate: facts.startDate,
      endDate: facts.endDate,
      requestLink: `${this.config.http.publicUrl}/api/prolongation-requests?status=pending`,
    };
  }

  private async toMembers(
    manager: EntityManager,
    organizationId: string,
    notificationKey: string,
    template: string,
    context: Record<string, unknown>,
  ): Promise<void> {
    for (const member of await this.recipients(manager, organizationId, notificationKey)) {
      await this.outbox.queueEmail(manager, {
        to: member.email,
        userId: member.userId,
        organizationId,
        template,
        context: { ...context, firstName: member.firstName },
      });
    }
  }

  /** Who of an organisation receives a PASS IAE notification: its active members, but those who switched an optional one off. */
  private recipients(
    manager: EntityManager,
    organizationId: string,
    notificationKey: string,
  ): Promise<Array<{ userId: string; email: string; firstName: string }>> {
    return this.organizations.memberEmails(organizationId, this.catalog.has(notificationKey) ? { notification: notificationKey } : {}, manager);
  }
}
