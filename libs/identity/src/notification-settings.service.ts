import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, requireAccess, validationProblem } from '@iae/core';
import { NotificationCatalog } from '@iae/notifications';
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
  ) {}

  async list(actor: Actor): Promise<NotificationSettingsView[]> {
    const memberships: Array<{ id: string; name: string; family: string }> = await this.dataSource.query(
      `SELECT o.id, o.name, o.family FROM memberships m JOIN organizations o ON o.id = m.organization_id WHERE m.user_id = $1 ORDER BY o.name`,
      [actor.userId],
    );
    const off: Array<{ organization_id: string; notification: string }> = await this.dataSource.query(
      `SELECT organization_id, notification FROM notification_preferences WHERE user_id = $1`,
      [actor.userId],
    );
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
      await manager.query(`DELETE FROM notification_preferences WHERE user_id = $1 AND organization_id = $2`, [actor.userId, organizationId]);
      if (disabled.length) {
        await manager.query(
          `INSERT INTO notification_preferences (user_id, organization_id, notification) SELECT $1, $2, unnest($3::text[]) ON CONFLICT DO NOTHING`,
          [actor.userId, organizationId, disabled],
        );
      }
    });
    return (await this.list(actor)).find((s) => s.organization.id === organizationId)!;
  }
}
