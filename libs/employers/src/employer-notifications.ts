import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@iae/core';
import { OrganizationsService } from '@iae/identity';
import { MetiersService } from '@iae/metiers';
import { EmailRequest, NotificationListeners } from '@iae/notifications';
import { JobDescriptionsFreshness } from './events';

const TEMPLATES: Record<JobDescriptionsFreshness['jobName'], string> = {
  'employers.job-descriptions-stale': 'employers/job-descriptions-stale',
  'employers.job-descriptions-closed': 'employers/job-descriptions-closed',
};

/**
 * The e-mails of the employers context, made by the notifications listener after the commit from the events of
 * `events.ts`: job descriptions to refresh, or closed for want of an update (to the structure's admins).
 */
@Injectable()
export class EmployerNotifications implements OnModuleInit {
  constructor(
    private readonly config: AppConfig,
    private readonly organizations: OrganizationsService,
    private readonly metiers: MetiersService,
    private readonly listeners: NotificationListeners,
  ) {}

  onModuleInit(): void {
    for (const jobName of Object.keys(TEMPLATES) as Array<JobDescriptionsFreshness['jobName']>) {
      this.listeners.on<JobDescriptionsFreshness>(jobName, ({ payload }) => this.freshness(TEMPLATES[jobName], payload));
    }
  }

  /** To the structure's admins; to its members when it has no admin left. */
  private async freshness(template: string, event: JobDescriptionsFreshness['payload']): Promise<EmailRequest[]> {
    let recipients = await this.organizations.memberEmails(event.employerId, { adminsOnly: true });
    if (recipients.length === 0) recipients = await this.organizations.memberEmails(event.employerId);
    if (recipients.length === 0) return [];
    const [employer] = await this.organizations.findByIds([event.employerId]);
    const appellations = new Map(
      (await this.metiers.getAppellations([...new Set(event.jobDescriptions.map((d) => d.appellationCode))])).map((a) => [a.code, a]),
    );
    const jobDescriptions = event.jobDescriptions.map((d) => ({
      title: d.customTitle ?? appellations.get(d.appellationCode)?.label ?? d.appellationCode,
      ...(d.deactivationDate === null ? {} : { deactivationDate: d.deactivationDate }),
    }));
    return recipients.map((recipient) => ({
      to: recipient.email,
      userId: recipient.userId,
      organizationId: event.employerId,
      template,
      context: {
        firstName: recipient.firstName,
        employerName: employer?.name,
        link: `${this.config.http.publicUrl}/siae/structure`,
        jobDescriptions,
      },
    }));
  }
}
