import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@iae/core';
import { OrganizationsService } from '@iae/identity';
import { CandidatesService } from '@iae/candidates';
import { EmailRequest, NotificationCatalog, NotificationListeners } from '@iae/notifications';
import { PassIaeIssued, ProlongationRequestEvent } from './events';
import { PassIaeViews, prolongationReasonLabel } from './pass-iae-views';
import { PassIaeRepository } from './pass-iae.repository';
import { displayPassNumber } from './rules/pass-dates';
import { habilitationEnded } from './rules/prolongation-rules';

const PROLONGATION_EVENTS: ReadonlyArray<ProlongationRequestEvent['jobName']> = [
  'pass-iae.prolongation-requested',
  'pass-iae.prolongation-request-reminded',
  'pass-iae.prolongation-request-stranded',
  'pass-iae.prolongation-granted',
  'pass-iae.prolongation-denied',
];

type Recipient = { userId: string; email: string; firstName: string };

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
 * The e-mails of the PASS IAE context, made by the notifications listener after the commit from the events of
 * `events.ts`: the PASS issued (employer); a prolongation request and its reminders (prescriber), its decision
 * (employer and the person).
 */
@Injectable()
export class PassIaeNotifications implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: PassIaeRepository,
    private readonly views: PassIaeViews,
    private readonly organizations: OrganizationsService,
    private readonly config: AppConfig,
    private readonly catalog: NotificationCatalog,
    private readonly listeners: NotificationListeners,
    private readonly candidates: CandidatesService,
  ) {}

  /** What an employer's member may switch off (prescribers always hear of requests waiting for them); the events' e-mails. */
  onModuleInit(): void {
    for (const jobName of PROLONGATION_EVENTS) {
      this.listeners.on<ProlongationRequestEvent>(jobName, ({ payload }) => this.prolongationNews(jobName, payload));
    }
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

  /** The e-mails of a prolongation request's news, from its event: the request, its PASS and the people read now. */
  private async prolongationNews(jobName: ProlongationRequestEvent['jobName'], event: ProlongationRequestEvent['payload']): Promise<EmailRequest[]> {
    const facts = await this.requestFacts(event);
    if (!facts) return [];
    switch (jobName) {
      case 'pass-iae.prolongation-requested':
        return this.toMembers(facts.prescriberOrganizationId, 'pass-iae.prolongation-request', 'pass-iae/prolongation-request-created', {
          ...this.requestContext(facts),
          explanation: facts.explanation,
        });
      case 'pass-iae.prolongation-request-reminded':
        return this.toMembers(facts.prescriberOrganizationId, 'pass-iae.prolongation-request-reminder', 'pass-iae/prolongation-request-reminder', {
          ...this.requestContext(facts),
          reminder: event.reminder,
        });
      case 'pass-iae.prolongation-request-stranded':
        return this.stranded(facts, event.prescriberOrganizationId);
      case 'pass-iae.prolongation-granted':
        return this.requestDecided(facts, { granted: true, denyReason: null, denyExplanation: null, proposedActions: [] });
      case 'pass-iae.prolongation-denied':
        return this.requestDecided(facts, {
          granted: false,
          denyReason: event.denial?.reason ?? null,
          denyExplanation: event.denial?.explanation ?? null,
          proposedActions: event.denial?.proposedActions ?? [],
        });
    }
  }

  /**
   * To the member who asked (the SIAE's members if they are not one any more): the request waits on an organisation
   * that lost its habilitation. Not optional: it waits on nobody until the SIAE addresses it elsewhere. Nothing when the
   * request was decided or moved since, or when its organisation is habilitated again.
   */
  private async stranded(facts: RequestMailFacts & { status: string; declaredByUserId: string | null }, lostBy: string | null): Promise<EmailRequest[]> {
    if (facts.status !== 'pending' || facts.prescriberOrganizationId !== lostBy) return [];
    // Habilitated again since the event: the request waits on somebody after all.
    const [asked] = await this.organizations.findByIds([lostBy]);
    if (!habilitationEnded(asked)) return [];
    return this.toMembers(
      facts.employerId,
      'pass-iae.prolongation-request-stranded',
      'pass-iae/prolongation-request-stranded',
      this.requestContext(facts),
      (members) => {
        const asker = members.filter((member) => member.userId === facts.declaredByUserId);
        return asker.length ? asker : members;
      },
    );
  }

  /** The decision, to the SIAE's members and to the person when they gave an e-mail address. */
  private async requestDecided(
    facts: RequestMailFacts,
    decision: { granted: boolean; denyReason: string | null; denyExplanation: string | null; proposedActions: string[] },
  ): Promise<EmailRequest[]> {
    const template = decision.granted ? 'pass-iae/prolongation-request-granted' : 'pass-iae/prolongation-request-denied';
    const context = { ...this.requestContext(facts), ...decision };
    const emails = await this.toMembers(facts.employerId, decision.granted ? 'pass-iae.prolongation-granted' : 'pass-iae.prolongation-denied', template, {
      ...context,
      forCandidate: false,
    });
    if (facts.candidate.email) {
      emails.push({
        to: facts.candidate.email,
        userId: facts.candidate.userId,
        template,
        context: {
          ...context,
          forCandidate: true,
          firstName: facts.candidate.firstName,
          link: `${this.config.http.publicUrl}/candidat`,
        },
      });
    }
    return emails;
  }

  /** What the e-mails about a request say: the request and its PASS as they are, with the period of the event. */
  private async requestFacts(
    event: ProlongationRequestEvent['payload'],
  ): Promise<(RequestMailFacts & { explanation: string | null; status: string; declaredByUserId: string | null }) | null> {
    const manager = this.dataSource.manager;
    const request = await this.repository.findRequest(event.requestId, manager);
    const pass = request && (await this.repository.findById(request.passId, manager));
    const candidate = pass && (await this.candidates.findById(pass.candidateId, manager));
    if (!request || !pass || !candidate) return null;
    const organizations = await this.views.organizationsById(manager, [request.declaredByEmployerId, request.prescriberOrganizationId]);
    return {
      requestId: request.id,
      passNumber: pass.number,
      candidate: { firstName: candidate.firstName, lastName: candidate.lastName, email: candidate.email, userId: candidate.userId },
      employerId: request.declaredByEmployerId,
      employerName: organizations.get(request.declaredByEmployerId)?.name ?? '',
      prescriberOrganizationId: request.prescriberOrganizationId,
      prescriberName: organizations.get(request.prescriberOrganizationId)?.name ?? '',
      reasonLabel: prolongationReasonLabel(request.reason),
      startDate: event.startDate,
      endDate: event.endDate,
      explanation: request.reasonExplanation,
      status: request.status,
      declaredByUserId: request.declaredByUserId,
    };
  }

  private common(facts: PassMailFacts) {
    return {
      candidateName: `${facts.candidate.firstName} ${facts.candidate.lastName}`,
      passNumber: displayPassNumber(facts.passNumber),
      link: `${this.config.http.publicUrl}/siae/pass-iae/${facts.passNumber}`,
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
      requestLink: `${this.config.http.publicUrl}/prescripteur/prolongations`,
    };
  }

  /** The e-mail to each recipient of the organisation, or to those `among` picks of them. */
  private async toMembers(
    organizationId: string,
    notificationKey: string,
    template: string,
    context: Record<string, unknown>,
    among: (members: Recipient[]) => Recipient[] = (members) => members,
  ): Promise<EmailRequest[]> {
    return among(await this.recipients(organizationId, notificationKey)).map((member) => ({
      to: member.email,
      userId: member.userId,
      organizationId,
      template,
      context: { ...context, firstName: member.firstName },
    }));
  }

  /** Who of an organisation receives a PASS IAE notification: its active members, but those who switched an optional one off. */
  private recipients(organizationId: string, notificationKey: string): Promise<Recipient[]> {
    return this.organizations.memberEmails(organizationId, this.catalog.has(notificationKey) ? { notification: notificationKey } : {});
  }
}
