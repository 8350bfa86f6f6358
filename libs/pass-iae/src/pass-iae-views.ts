import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { IsoDate } from '@iae/core';
import { OrganizationsService } from '@iae/identity';
import {
  DENY_REASONS,
  PROPOSED_ACTIONS,
  PassIae,
  PassIaeProlongation,
  PassIaeSuspension,
  ProlongationRequest,
  ProlongationRequestStatus,
} from './pass-iae.entity';
import { PassIaeRepository } from './pass-iae.repository';
import { PassStatus, displayPassNumber, passStatus, remainingDays } from './rules/pass-dates';
import { PROLONGATION_RULES } from './rules/prolongation-rules';
import { suspensionReasonLabel } from './rules/suspension-rules';

export interface OrganizationRef {
  id: string;
  name: string;
  kind: string;
}

/** A suspension or a prolongation: a period of the PASS, days included, and its reason. */
export interface PeriodView {
  id: string;
  startDate: string;
  endDate: string;
  reason: string;
  reasonLabel: string;
  explanation: string | null;
  createdAt: Date;
}

export interface SuspensionView extends PeriodView {
  madeBy: OrganizationRef | null;
}

export interface ProlongationView extends PeriodView {
  declaredBy: OrganizationRef | null;
  prescriberOrganization: OrganizationRef | null;
  requestId: string | null;
}

export interface ProlongationRequestView {
  id: string;
  passNumber: string;
  candidate: { id: string; firstName: string; lastName: string; birthDate: string };
  employer: OrganizationRef;
  prescriberOrganization: OrganizationRef;
  /** Whether the organisation asked is habilitated now; false: its habilitation ended or was withdrawn, nobody decides the request there. */
  prescriberOrganizationHabilitated: boolean;
  reason: string;
  reasonLabel: string;
  explanation: string | null;
  startDate: string;
  endDate: string;
  status: ProlongationRequestStatus;
  hasReport: boolean;
  requirePhoneInterview: boolean;
  contactEmail: string | null;
  contactPhone: string | null;
  remindersSent: number;
  createdAt: Date;
  /** The day the request was addressed to its prescriber: its sending, or its readdressing to another one. */
  addressedOn: string;
  processedAt: Date | null;
  denial: { reason: string; reasonLabel: string; explanation: string | null; proposedActions: string[]; proposedActionsExplanation: string | null } | null;
}

/** A PASS IAE as the people entitled see it. */
export interface PassView {
  id: string;
  number: string;
  /** As printed: `99999 26 00042`. */
  numberDisplay: string;
  candidateId: string;
  startDate: string;
  endDate: string;
  status: PassStatus;
  remainingDays: number;
  origin: string;
  suspensions: SuspensionView[];
  prolongations: ProlongationView[];
  pendingRequest: ProlongationRequestView | null;
  hires: Array<{ candidatureId: string; employer: OrganizationRef; hiringStart: string; hiringEnd: string | null; cancelled: boolean }>;
}

/** Builds the views of PASS IAE and prolongation requests, with the names of the organisations. */
@Injectable()
export class PassIaeViews {
  constructor(
    private readonly repository: PassIaeRepository,
    private readonly organizations: OrganizationsService,
  ) {}

  async pass(manager: EntityManager, pass: PassIae, today: IsoDate): Promise<PassView> {
    // One query after the other: inside a transaction they share one connection.
    const suspensions = await this.repository.suspensions(pass.id, manager);
    const prolongations = await this.repository.prolongations(pass.id, manager);
    const pending = await this.repository.pendingRequest(pass.id, manager);
    const hires = await this.repository.hires(pass.id, manager);
    const organizations = await this.organizationsById(manager, [
      ...suspensions.map((s) => s.organizationId),
      ...prolongations.flatMap((p) => [p.declaredByEmployerId, p.prescriberOrganizationId]),
      ...hires.map((h) => h.employerId),
    ]);
    return {
      id: pass.id,
      number: pass.number,
      numberDisplay: displayPassNumber(pass.number),
      candidateId: pass.candidateId,
      startDate: pass.startDate,
      endDate: pass.endDate,
      status: passStatus(pass, suspensions, today),
      remainingDays: remainingDays(pass, suspensions, today),
      origin: pass.origin,
      suspensions: suspensions.map((s) => this.suspension(s, organizations)),
      prolongations: prolongations.map((p) => this.prolongation(p, organizations)),
      pendingRequest: pending ? (await this.requests(manager, [pending]))[0] : null,
      hires: hires.map((h) => ({
        candidatureId: h.candidatureId,
        employer: organizations.get(h.employerId) ?? { id: h.employerId, name: '', kind: '' },
        hiringStart: h.hiringStart,
        hiringEnd: h.hiringEnd,
        cancelled: !!h.cancelledAt,
      })),
    };
  }

  async requests(manager: EntityManager, rows: ProlongationRequest[]): Promise<ProlongationRequestView[]> {
    if (rows.length === 0) return [];
    const found = await this.organizations.findByIds([...new Set(rows.flatMap((r) => [r.declaredByEmployerId, r.prescriberOrganizationId]))], manager);
    const organizations = new Map(found.map((o) => [o.id, { id: o.id, name: o.name, kind: o.kind }]));
    const habilitated = new Set(found.filter((o) => o.habilitated).map((o) => o.id));
    const passes: Array<{ id: string; number: string; candidate_id: string; first_name: string; last_name: string; birth_date: string }> =
      await this.repository.requestPasses(manager, [...new Set(rows.map((r) => r.passId))]);
    const passById = new Map(passes.map((p) => [p.id, p]));
    const ref = (id: string) => organizations.get(id) ?? { id, name: '', kind: '' };
    return rows.map((r) => {
      const pass = passById.get(r.passId)!;
      return {
        id: r.id,
        passNumber: pass.number,
        candidate: { id: pass.candidate_id, firstName: pass.first_name, lastName: pass.last_name, birthDate: pass.birth_date },
        employer: ref(r.declaredByEmployerId),
        prescriberOrganization: ref(r.prescriberOrganizationId),
        prescriberOrganizationHabilitated: habilitated.has(r.prescriberOrganizationId),
        reason: r.reason,
        reasonLabel: prolongationReasonLabel(r.reason),
        explanation: r.reasonExplanation,
        startDate: r.startDate,
        endDate: r.endDate,
        status: r.status,
        hasReport: !!r.reportFileId,
        requirePhoneInterview: r.requirePhoneInterview,
        contactEmail: r.contactEmail,
        contactPhone: r.contactPhone,
        remindersSent: r.remindersSent,
        createdAt: r.createdAt,
        addressedOn: r.createdOn,
        processedAt: r.processedAt,
        denial: r.denyReason
          ? {
              reason: r.denyReason,
              reasonLabel: DENY_REASONS[r.denyReason],
              explanation: r.denyReasonExplanation,
              proposedActions: r.denyProposedActions ?? [],
              proposedActionsExplanation: r.denyProposedActionsExplanation,
            }
          : null,
      };
    });
  }

  async organizationsById(manager: EntityManager, ids: Array<string | null>): Promise<Map<string, OrganizationRef>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (wanted.length === 0) return new Map();
    return new Map((await this.organizations.findByIds(wanted, manager)).map((o) => [o.id, { id: o.id, name: o.name, kind: o.kind }]));
  }

  private suspension(s: PassIaeSuspension, organizations: Map<string, OrganizationRef>): SuspensionView {
    return {
      id: s.id,
      startDate: s.startDate,
      endDate: s.endDate,
      reason: s.reason,
      reasonLabel: suspensionReasonLabel(s.reason),
      explanation: s.reasonExplanation,
      madeBy: s.organizationId ? (organizations.get(s.organizationId) ?? null) : null,
      createdAt: s.createdAt,
    };
  }

  private prolongation(p: PassIaeProlongation, organizations: Map<string, OrganizationRef>): ProlongationView {
    return {
      id: p.id,
      startDate: p.startDate,
      endDate: p.endDate,
      reason: p.reason,
      reasonLabel: prolongationReasonLabel(p.reason),
      explanation: p.reasonExplanation,
      declaredBy: p.declaredByEmployerId ? (organizations.get(p.declaredByEmployerId) ?? null) : null,
      prescriberOrganization: p.prescriberOrganizationId ? (organizations.get(p.prescriberOrganizationId) ?? null) : null,
      requestId: p.requestId,
      createdAt: p.createdAt,
    };
  }
}

export function prolongationReasonLabel(reason: string): string {
  return (PROLONGATION_RULES as Record<string, { label: string }>)[reason]?.label ?? reason;
}

export function proposedActionLabel(action: string): string {
  return (PROPOSED_ACTIONS as Record<string, string>)[action] ?? action;
}
