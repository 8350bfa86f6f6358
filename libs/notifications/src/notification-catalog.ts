import { Injectable } from '@nestjs/common';

export interface OptionalNotification {
  /** Stable key, e.g. `candidatures.received`. */
  key: string;
  /** French label shown in the settings. */
  label: string;
  /** The organisations whose members receive it. */
  families: ReadonlyArray<'employer' | 'prescriber' | 'institution'>;
}

/**
 * The notifications a member may switch off, per organisation. Each context declares its own when
 * its module starts; a notification that is not declared here cannot be switched off.
 */
@Injectable()
export class NotificationCatalog {
  private readonly entries = new Map<string, OptionalNotification>();

  declare(notification: OptionalNotification): void {
    this.entries.set(notification.key, notification);
  }

  forFamily(family: string): OptionalNotification[] {
    return [...this.entries.values()].filter((n) => n.families.includes(family as never)).sort((a, b) => a.key.localeCompare(b.key));
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }
}
