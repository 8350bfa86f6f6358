import { Injectable } from '@nestjs/common';
import { Actor, Clock, addDays, daysBetween, requireAccess } from '@iae/core';
import { HabilitationRequestStatus, HabilitationRequestsService, PrescriberOrganizationsService } from '@iae/prescribers';
import { findDepartement } from '@iae/territory';
import { campaignAccess, reviewerScope } from './rules/controls-access';

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
 * It reads the prescribers context through its services.
 */
@Injectable()
export class HabilitationBoardService {
  constructor(
    private readonly clock: Clock,
    private readonly requests: HabilitationRequestsService,
    private readonly prescribers: PrescriberOrganizationsService,
  ) {}

  async board(actor: Actor, filter: BoardFilter): Promise<{ items: BoardItem[]; counts: { requests: number; expiries: number } }> {
    requireAccess(campaignAccess(actor, 'list'));
    const scope = reviewerScope(actor) ?? null;
    const today = this.clock.today();
    // The open requests only, chosen by the query (before its limit): decided ones never crowd them out.
    const requests = (
      await this.requests.listForReviewer(actor, { departement: filter.departement, statuses: filter.status ? [filter.status] : OPEN_STATUSES })
    )
      .filter((r) => !filter.kind || r.organization.kind === filter.kind)
      .filter((r) => filter.minAgeDays === undefined || (r.ageInDays ?? 0) >= filter.minAgeDays);
    const renewing = new Set(requests.map((r) => r.organization.id));

    // A département asked for narrows the reviewer's scope, never widens it.
    const departements = filter.departement ? (scope && !scope.includes(filter.departement) ? [] : [filter.departement]) : scope;
    const expiring = await this.prescribers.prefectoralEndingBy({
      until: addDays(today, filter.expiringWithinDays ?? BOARD_DEFAULT_EXPIRY_DAYS),
      departements,
      kind: filter.kind,
    });

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
      for (const profile of expiring) {
        const departementCode = profile.habilitation.departementCode as string;
        const validUntil = profile.habilitation.validUntil as string;
        items.push({
          type: 'expiry',
          id: profile.id,
          organization: { id: profile.id, name: profile.name, kind: profile.kind, kindLabel: profile.kindLabel },
          departement: { code: departementCode, name: findDepartement(departementCode)?.name ?? departementCode },
          date: validUntil,
          request: null,
          expiry: { validUntil, daysLeft: daysBetween(today, validUntil), renewalRequested: renewing.has(profile.id) },
        });
      }
    }
    items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.type.localeCompare(b.type)));
    return { items, counts: { requests: items.filter((i) => i.type === 'request').length, expiries: items.filter((i) => i.type === 'expiry').length } };
  }
}
