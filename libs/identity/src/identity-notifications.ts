import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@iae/core';
import { EmailRequest, NotificationListeners } from '@iae/notifications';
import { AccountsRepository } from './accounts.repository';
import { JoinRequested } from './events';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';

/**
 * The e-mails of the identity context made by the notifications listener after the commit, from the events of
 * `events.ts`: a ProConnect request to join an organisation, to its admins.
 */
@Injectable()
export class IdentityNotifications implements OnModuleInit {
  constructor(
    private readonly config: AppConfig,
    private readonly organizations: OrganizationsService,
    private readonly organizationsRepository: OrganizationsRepository,
    private readonly accounts: AccountsRepository,
    private readonly listeners: NotificationListeners,
  ) {}

  onModuleInit(): void {
    this.listeners.on<JoinRequested>('identity.join-requested', ({ payload }) => this.joinRequested(payload));
  }

  /** To those who can answer the request: the admins, who invite the person from their members page. */
  private async joinRequested(event: JoinRequested['payload']): Promise<EmailRequest[]> {
    const admins = await this.organizations.memberEmails(event.organizationId, { adminsOnly: true });
    if (admins.length === 0) return [];
    const [organization, person] = await Promise.all([
      this.organizationsRepository.organizationById(event.organizationId),
      this.accounts.userById(event.userId),
    ]);
    if (!organization || !person) return [];
    return admins.map((admin) => ({
      to: admin.email,
      template: 'identity/join-request',
      context: {
        firstName: admin.firstName,
        personName: `${person.firstName} ${person.lastName}`.trim(),
        personEmail: person.email,
        organizationName: organization.name,
        link: `${this.config.http.publicUrl}/organisation/membres`,
      },
      userId: admin.userId,
      organizationId: organization.id,
    }));
  }
}
