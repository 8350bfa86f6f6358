import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, requireAccess, validationProblem } from '@iae/core';
import { NotificationCatalog } from '@iae/notifications';
import { OrganizationsRepository } from './organizations.repository';
import { organizationAccess } from './rules/identity-access';

export interface NotificationSettingsView {
  organization: { id: string; name: string; family: string };
  notifications: Array<{ key: string; label: string; enabled: boolean }>;
}

/** Each member chooses, per organisation, which optional notifications they receive. */
@Injectable()
export class NotificationSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalog: NotificationCatalog,
    private readonly organizations: OrganizationsRepository,
  ) {}

  async list(actor: Actor): Promise<NotificationSettingsView[]> {
    const memberships = await this.organizations.organizationsOfMember(actor.userId);
    const off = await this.organizations.switchedOffNotifications(actor.userId);
    return memberships.map((organization) => ({
      organization,
      notifications: this.catalog.forFamily(organization.family).map((n) => ({
        key: n.key,
        label: n.label,
        enabled: !off.some((o) => o.organization_id === organization.id && o.notification === n.key),
      })),
    }));
  }

  /** Replaces the member's switched-off notifications for one organisation. */
  async set(actor: Actor, organizationId: string, disabled: string[]): Promise<NotificationSettingsView> {
    requireAccess(organizationAccess(actor, 'set-notification-settings', { organizationId }));
    const organization = actor.organization!;
    const known = new Set(this.catalog.forFamily(organization.family).map((n) => n.key));
    const unknown = disabled.findIndex((key) => !known.has(key));
    if (unknown >= 0) {
      throw validationProblem([
        {
          field: `disabled[${unknown}]`,
          code: 'unknownNotification',
          message: `« ${disabled[unknown]} » n’est pas une notification que vous pouvez désactiver ici.`,
        },
      ]);
    }
    await this.dataSource.transaction(async (manager) => {
      await this.organizations.clearSwitchedOff(manager, actor.userId, organizationId);
      if (disabled.length) await this.organizations.switchOff(manager, actor.userId, organizationId, disabled);
    });
    return (await this.list(actor)).find((s) => s.organization.id === organizationId)!;
  }
}
