import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Clock, addDays, daysBetween } from '@iae/core';
import { HabilitationRequestStatus, HabilitationRequestsService, PrescriberOrganizationsService } from '@iae/prescribers';
import { findDepartement } from '@iae/territory';
import { reviewerScope } from './control-access';

export const BOARD_DEFAULT_EXPIRY_DAYS = 90;
const OPEN_STATUSES: readonly HabilitationRequestStatus[] = ['submitted', 'information_requested'];

export interface BoardItem {
  type: 'request' | 'expiry';
  /** The request's id, or the organisation's for an expiry. */
  id: string;
  organization: { id: string; name: string; kind: string; kindLabel: string };
  departement: { code: string; name: string };
  /** What orders the list: the day a request was sent, the last day of a habilitation. */
  date: string;
  request: { status: HabilitationRequestStatus; isRenewal: boolean; submittedAt: Date | null; ageInDays: number | null; cdiaeOpinionOn: string | null } | null;
  expiry: { validUntil: string; daysLeft: number; renewalRequested: boolean } | null;
}

export interface BoardFilter {
  type?: 'request' | 'expiry';
  status?: 'submitted' | 'information_requested';
  minAgeDays?: number;
  expiringWithinDays?: number;
  departement?: string;
  kind?: string;
}

/**
 * The DDETS's habilitation board: the requests waiting for it (with their age) and the prefectoral
 * habilitations of its département ending soon, in one list, oldest request and nearest end first.
 * It reads the prescribers context through its services; the expiry dates through one query.
 */
@Injectable()
export class HabilitationBoardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly requests: HabilitationRequestsService,
    private readonly prescribers: PrescriberOrganizationsService,
  ) {}

  async board(actor: Actor, filter: BoardFilter): Promise<{ items: BoardItem[]; counts: { requests: number; expiries: number } }> {
    const scope = reviewerScope(actor);
    const today = this.clock.today();
    const requests = (await this.requests.listForReviewer(actor, { departement: filter.departement }))
      .filter((r) => OPEN_STATUSES.includes(r.status))
      .filter((r) => !filter.status || r.status === filter.status)
      .filter((r) => !filter.kind || r.organization.kind === filter.kind)
      .filter((r) => filter.minAgeDays === undefined || (r.ageInDays ?? 0) >= filter.minAgeDays);
    const renewing = new Set(requests.map((r) => r.organization.id));

    const within = filter.expiringWithinDays ?? BOARD_DEFAULT_EXPIRY_DAYS;
    const expiring: Array<{ id: string; departement_code: string; valid_until: string }> = await this.dataSource.query(
      `SELECT p.id, p.habilitation_departement_code AS departement_code, p.habilitation_valid_until::text AS valid_until
         FROM prescriber_organizations p
        WHERE p.habilitation_basis = 'prefectoral'
          AND p.habilitation_valid_until <= $1
          AND ($2::text[] IS NULL OR p.habilitation_departement_code = ANY($2))
          AND ($3::text IS NULL OR p.habilitation_departement_code = $3)
          AND ($4::text IS NULL OR p.kind = $4)
        ORDER BY p.habilitation_valid_until, p.id
        LIMIT 500`,
      [addDays(today, within), scope, filter.departement ?? null, filter.kind ?? null],
    );
    const profiles = new Map((await this.prescribers.viewsWithin(this.dataSource.manager, expiring.map((e) => e.id))).map((p) => [p.id, p]));

    const items: BoardItem[] = [];
    if (filter.type !== 'expiry') {
      for (const r of requests) {
        items.push({
          type: 'request',
          id: r.id,
          organization: r.organization,
          departement: r.departement,
          date: (r.submittedAt ?? r.createdAt).toISOString().slice(0, 10),
          request: { status: r.status, isRenewal: r.isRenewal, submittedAt: r.submittedAt, ageInDays: r.ageInDays, cdiaeOpinionOn: r.cdiaeOpinion?.on ?? null },
          expiry: null,
        });
      }
    }
    if (filter.type !== 'request' && !filter.status && filter.minAgeDays === undefined) {
      for (const e of expiring) {
        const profile = profiles.get(e.id);
        if (!profile) continue;
        items.push({
          type: 'expiry',
          id: e.id,
          organization: { id: profile.id, name: profile.name, kind: profile.kind, kindLabel: profile.kindLabel },
          departement: { code: e.departement_code, name: findDepartement(e.departement_code)?.name ?? e.departement_code },
          date: e.valid_until,
          request: null,
          expiry: { validUntil: e.valid_until, daysLeft: daysBetween(today, e.valid_until), renewalRequested: renewing.has(e.id) },
        });
      }
    }
    items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.type.localeCompare(b.type)));
    return { items, counts: { requests: items.filter((i) => i.type === 'request').length, expiries: items.filter((i) => i.type === 'expiry').length } };
  }
}
