import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CandidatesService } from '@iae/candidates';
import { AppConfig } from '@iae/core';
import { OrganizationsService } from '@iae/identity';
import { NotificationCatalog, Outbox } from '@iae/notifications';
import { CandidatureRow, senderOf } from './candidature-views';
import { STATE_LABELS } from './rules/candidature-states';
import { REFUSAL_REASONS, initials, refusalAudience } from './rules/refusal-reasons';

/** Optional notifications a member may switch off per organisation. */
export const RECEIVED = 'candidatures.received';
export const UPDATES = 'candidatures.updates';

export interface ChangeNotice {
  /** The employer's answer to the candidate, if any. */
  answer?: string | null;
  /** What only the sender reads (refusal reason, private comment, postponement comment). */
  forSender?: string | null;
  /** Who hears of it: an automatic refusal is told to the candidate only, an obsolescence to the sender only. */
  audience?: 'both' | 'candidate' | 'sender';
}

/**
 * Who hears of a candidature and in which words: the employer of a new one, the sender and the
 * candidate of each change (the candidate never reads the refusal reason nor the private comment).
 */
@Injectable()
export class CandidatureNotifications implements OnModuleInit {
  constructor(
    private readonly outbox: Outbox,
    private readonly organizations: OrganizationsService,
    private readonly candidates: CandidatesService,
    private readonly catalog: NotificationCatalog,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.catalog.declare({ key: RECEIVED, label: 'Nouvelle candidature reçue', families: ['employer'] });
    this.catalog.declare({ key: UPDATES, label: 'Suivi des candidatures que j’ai envoyées', families: ['prescriber', 'employer'] });
  }

  /** A new candidature: to the employer's members; to the candidate when someone applied for them. */
  async sent(manager: EntityManager, row: CandidatureRow): Promise<void> {
    await this.toEmployer(manager, row);
    if (row.sender_kind !== 'candidate') {
      await this.toCandidate(manager, row, 'candidatures/sent-for-you', { senderName: row.sender_organization_name ?? '' });
    }
  }

  /** A candidature moved to a new employer (transfer): that employer hears of it like a new one. */
  async transferred(manager: EntityManager, row: CandidatureRow, fromEmployerName: string): Promise<void> {
    await this.toEmployer(manager, row, fromEmployerName);
    await this.changed(manager, row, { answer: `Votre candidature a été transmise par ${fromEmployerName} à ${row.employer_name}.` });
  }

  async changed(manager: EntityManager, row: CandidatureRow, notice: ChangeNotice = {}): Promise<void> {
    const audience = notice.audience ?? 'both';
    const context = {
      candidateName: `${row.first_name} ${row.last_name}`,
      employerName: row.employer_name,
      state: STATE_LABELS[row.state],
    };
    if (audience !== 'sender') {
      await this.toCandidate(manager, row, 'candidatures/updated-for-candidate', { ...context, link: this.page('/candidat'), answer: notice.answer ?? null });
    }
    if (audience !== 'candidate' && row.sender_kind !== 'candidate' && row.sender_organization_id) {
      const refused = row.state === 'refused' && row.refusal_reason ? row.refusal_reason : null;
      const reader = refusalAudience(senderOf(row));
      for (const recipient of await this.senderRecipients(manager, row)) {
        await this.outbox.queueEmail(manager, {
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
            forSender: refused && !reader.privateComment ? null : (notice.forSender ?? null),
            answer: notice.answer ?? null,
          },
          userId: recipient.userId,
          organizationId: row.sender_organization_id,
        });
      }
    }
  }

  private async toEmployer(manager: EntityManager, row: CandidatureRow, transferredFrom?: string): Promise<void> {
    const members = await this.organizations.memberEmails(row.employer_id, { notification: RECEIVED }, manager);
    for (const member of members) {
      await this.outbox.queueEmail(manager, {
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
      });
    }
  }

  private async toCandidate(manager: EntityManager, row: CandidatureRow, template: string, context: Record<string, unknown>): Promise<void> {
    // Asked of the candidates' context, in the same transaction.
    const candidate = await this.candidates.findById(row.candidate_id, manager);
    if (!candidate?.email) return;
    await this.outbox.queueEmail(manager, {
      to: candidate.email,
      template,
      context: { employerName: row.employer_name, ...context, firstName: candidate.firstName },
    });
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
