import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@iae/core';
import { OrganizationsService } from '@iae/identity';
import { CandidatesService } from '@iae/candidates';
import { EmailRequest, NotificationCatalog, NotificationListeners, Outbox } from '@iae/notifications';
import { PassIaeIssued } from './events';
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
 * The e-mails of the PASS IAE context: the PASS issued (employer), made after the hire's commit from the
 * `pass-iae.issued|reused` event; a prolongation request and its reminders (prescriber), its decision (employer and the
 * person), still written to the outbox in the caller's transaction.
 */
@Injectable()
export class PassIaeNotifications implements OnModuleInit {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
    private readonly catalog: NotificationCatalog,
    private readonly listeners: NotificationListeners,
    private readonly candidates: CandidatesService,
  ) {}

  /** What an employer's member may switch off (prescribers always hear of requests waiting for them); the events' e-mails. */
  onModuleInit(): void {
    for (const jobName of ['pass-iae.issued', 'pass-iae.reused'] as const) {
      this.listeners.on<PassIaeIssued>(jobName, ({ payload }) => this.passIssued(payload, jobName === 'pass-iae.reused'));
    }
    this.catalog.declare({ key: 'pass-iae.issued', label: 'PASS IAE délivré', families: ['employer'] });
    this.catalog.declare({ key: 'pass-iae.prolongation-granted', label: 'Prolongation de PASS IAE accordée', families: ['employer'] });
    this.catalog.declare({ key: 'pass-iae.prolongation-denied', label: 'Prolongation de PASS IAE refusée', families: ['employer'] });
  }

  /**
   * The e-mail of a PASS issued or reused for a hire (the reference's « PASS délivré »): to the member who hired, or the
   * admins if they are not one any more. Made by the notifications listener after the hire's commit, from the event.
   */
  private async passIssued(facts: PassIaeIssued['payload'], reused: boolean): Promise<EmailRequest[]> {
    const candidate = await this.candidates.findById(facts.candidateId);
    if (!candidate) return [];
    const [employer] = await this.organizations.findByIds([facts.employerId]);
    const context = {
      ...this.common({ passNumber: facts.passNumber, candidate }),
      employerName: employer?.name ?? '',
      startDate: facts.startDate,
      endDate: facts.endDate,
      reused,
    };
    const members = await this.organizations.memberOrAdmins(facts.employerId, facts.hiredByUserId, { notification: 'pass-iae.issued' });
    return members.map((member) => ({
      to: member.email,
      userId: member.userId,
      organizationId: facts.employerId,
      template: 'pass-iae/pass-issued',
      context: { ...context, firstName: member.firstName },
    }));
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
