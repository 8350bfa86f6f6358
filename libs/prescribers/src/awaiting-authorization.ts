import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page } from '@iae/core';
import { OrganizationsService } from '@iae/identity';
import { PrescriberOrganizationView, PrescriberOrganizationsService } from './prescriber-organizations.service';

/** The platform team's queue: organisations of kinds habilitated by law whose habilitation is still to check. */
@Injectable()
export class AwaitingAuthorization {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
    private readonly prescribers: PrescriberOrganizationsService,
  ) {}

  /** Oldest first, a page at a time (cursor). */
  async page(page: { cursor?: string; limit?: number }): Promise<Page<PrescriberOrganizationView>> {
    const { items, nextCursor } = await this.organizations.pageAwaitingAuthorization(page);
    const views = new Map(
      (
        await this.prescribers.viewsWithin(
          this.dataSource.manager,
          items.map((o) => o.id),
        )
      ).map((v) => [v.id, v]),
    );
    return { items: items.map((o) => views.get(o.id)).filter((v): v is PrescriberOrganizationView => !!v), nextCursor };
  }
}
