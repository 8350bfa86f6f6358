import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CandidatesService } from '@iae/candidates';
import { AppConfig } from '@iae/core';
import { OrganizationsService } from '@iae/identity';
import { EmailRequest, NotificationCatalog, NotificationListeners } from '@iae/notifications';
import { CandidatureRow, CandidatureViews, senderOf } from './candidature-views';
import { CANDIDATURE_EVENTS, CandidatureMoved, CandidatureSent } from './events';
import { CandidatureState, STATE_LABELS } from './rules/candidature-states';
import { REFUSAL_REASONS, RefusalReason, initials, refusalAudience } from './rules/refusal-reasons';

/** Optional notifications a member may switch off per organisation. */
export const RECEIVED = 'candidatures.received';
export const UPDATES = 'candidatures.updates';

/**
 * Who hears of a candidature and in which words: the employer of a new one, the sender and the candidate of each move
 * (the candidate never reads the refusal reason nor the private comment). Made by the notifications listener after the
 * commit, from the events of `events.ts`, the recipients read then through their owners' services.
 */
@Injectable()
export class CandidatureNotifications implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly candidates: CandidatesService,
    private readonly views: CandidatureViews,
    private readonly catalog: NotificationCatalog,
    private readonly listeners: NotificationListeners,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.catalog.declare({ key: RECEIVED, label: 'Nouvelle candidature reçue', families: ['employer'] });
    this.catalog.declare({ key: UPDATES, label: 'Suivi des candidatures que j’ai envoyées', families: ['prescriber', 'employer'] });
    this.listeners.on<CandidatureSent>('candidature.sent', ({ payload }) => this.sent(payload));
    for (const jobName of Object.values(CANDIDATURE_EVENTS)) this.listeners.on<CandidatureMoved>(jobName, ({ payload }) => this.moved(payload));
  }

  /** A new candidature: to the employer's members; to the candidate when someone applied for them. */
  private async sent(event: CandidatureSent['payload']): Promise<EmailRequest[]> {
    const row = await this.asAt(event.candidatureId, { employerId: event.employerId });
    if (!row) return [];
    const emails = await this.toEmployer(this.dataSource.manager, row);
    if (row.sender_kind !== 'candidate') {
      emails.push(...(await this.toCandidate(this.dataSource.manager, row, 'candidatures/sent-for-you', { senderName: row.sender_organization_name ?? '' })));
    }
    return emails;
  }

  /**
   * The e-mails of a move, after its commit: the candidature as it is read now, in the state and with the words of the
   * move. After a transfer, the new employer hears of it like a new one.
   */
  private async moved(move: CandidatureMoved['payload']): Promise<EmailRequest[]> {
    const row = await this.asAt(move.candidatureId, move);
    if (!row) return [];
    const emails = move.transferredFrom === null ? [] : await this.toEmployer(this.dataSource.manager, row, move.transferredFrom);
    emails.push(...(await this.changed(this.dataSource.manager, row, move)));
    return emails;
  }

  /**
   * The candidature as it is read now, at the employer that held it at the event (it may have been transferred since),
   * in the state and with the refusal reason of the move when it is one.
   */
  private async asAt(
    candidatureId: string,
    event: { employerId: string; toState?: CandidatureState; refusalReason?: RefusalReason | null },
  ): Promise<CandidatureRow | null> {
    const manager = this.dataSource.manager;
    const now = await this.views.one(manager, candidatureId);
    if (!now) return null;
    const employerName =
      now.employer_id === event.employerId ? now.employer_name : ((await this.organizations.findByIds([event.employerId], manager))[0]?.name ?? '');
    return {
      ...now,
      employer_id: event.employerId,
      employer_name: employerName,
      ...(event.toState ? { state: event.toState, refusal_reason: event.refusalReason ?? null } : {}),
    };
  }

  private async changed(manager: EntityManager, row: CandidatureRow, move: CandidatureMoved['payload']): Promise<EmailRequest[]> {
    const emails: EmailRequest[] = [];
    const context = {
      candidateName: `${row.first_name} ${row.last_name}`,
      employerName: row.employer_name,
      state: STATE_LABELS[row.state],
    };
    if (move.audience === 'both' || move.audience === 'candidate') {
      emails.push(
        ...(await this.toCandidate(manager, row, 'candidatures/updated-for-candidate', { ...context, link: this.page('/candidat'), answer: move.answer })),
      );
    }
    if ((move.audience === 'both' || move.audience === 'sender') && row.sender_kind !== 'candidate' && row.sender_organization_id) {
      const refused = row.state === 'refused' && row.refusal_reason ? row.refusal_reason : null;
      const reader = refusalAudience(senderOf(row));
      for (const recipient of await this.senderRecipients(manager, row)) {
        emails.push({
          to: recipient.email,
          template: 'candidatures/updated-for-sender',
          context: {
            ...context,
            link: this.page('/prescripteur/candidatures'),
            candidateName: refused && reader.candidateName === 'initials' ? initials(row.first_name, row.last_name) : context.candidateName,
            firstName: recipient.firstName,
            refusal: refused ? REFUSAL_REASONS[refused] : null,
            // The reason is never passed on to the candidate (rules card); every sender is told so.
            refusalSharedWithCandidate: false,
            forSender: refused && !reader.privateComment ? null : move.forSender,
            answer: move.answer,
          },
          userId: recipient.userId,
          organizationId: row.sender_organization_id,
        });
      }
    }
    return emails;
  }

  private async toEmployer(manager: EntityManager, row: CandidatureRow, transferredFrom?: string): Promise<EmailRequest[]> {
    const members = await this.organizations.memberEmails(row.employer_id, { notification: RECEIVED }, manager);
    return members.map((member) => ({
      to: member.email,
      template: 'candidatures/received',
      context: {
        firstName: member.firstName,
        candidateName: `${row.first_name} ${row.last_name}`,
        employerName: row.employer_name,
        senderName: row.sender_kind === 'candidate' ? 'le candidat lui-même' : (row.sender_organization_name ?? ''),
        jobs: (row.jobs ?? []).map((j) => j.title).join(', ') || 'candidature spontanée',
        transferredFrom: transferredFrom ?? null,
        link: this.page(`/siae/candidatures/${row.id}`),
      },
      userId: member.userId,
      organizationId: row.employer_id,
    }));
  }

  private async toCandidate(manager: EntityManager, row: CandidatureRow, template: string, context: Record<string, unknown>): Promise<EmailRequest[]> {
    // Asked of the candidates' context.
    const candidate = await this.candidates.findById(row.candidate_id, manager);
    if (!candidate?.email) return [];
    return [{ to: candidate.email, template, context: { employerName: row.employer_name, ...context, firstName: candidate.firstName } }];
  }

  /** The sender if still a member who wants updates; if they left, the organisation's admins. */
  private senderRecipients(manager: EntityManager, row: CandidatureRow): Promise<Array<{ userId: string; email: string; firstName: string }>> {
    return this.organizations.memberOrAdmins(row.sender_organization_id!, row.sender_user_id, { notification: UPDATES }, manager);
  }

  /** The application's page a person opens from the e-mail (the API's JSON is for programs, not people). */
  private page(path: string): string {
    return `${this.config.http.publicUrl}${path}`;
  }
}
