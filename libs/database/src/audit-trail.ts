import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@iae/core';
import { DeferredTable, deferInsert, flushDeferredInserts } from './deferred-inserts';

/** Written with the transaction's last statement: nothing reads an event before the change it describes is committed. */
const AUDIT_EVENTS: DeferredTable = {
  table: 'audit_events',
  columns: [
    ['occurred_at', 'timestamptz'],
    ['action', 'text'],
    ['subject_type', 'text'],
    ['subject_id', 'uuid'],
    ['actor_user_id', 'uuid'],
    ['actor_organization_id', 'uuid'],
    ['details', 'jsonb'],
  ],
};

export interface AuditEvent {
  /** `<context>.<verb>`, e.g. `membership.role_changed`. */
  action: string;
  subjectType: string;
  subjectId?: string | null;
  actorUserId?: string | null;
  actorOrganizationId?: string | null;
  /** The why and the what: reasons, previous and new values. Never secrets. */
  details?: Record<string, unknown>;
}

export interface AuditRecord extends Required<Omit<AuditEvent, 'details'>> {
  id: string;
  occurredAt: Date;
  details: Record<string, unknown>;
}

/** Who did what, when and why; written in the same transaction as the change it describes. */
@Injectable()
export class AuditTrail {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(manager: EntityManager, event: AuditEvent): Promise<void> {
    await deferInsert(manager, AUDIT_EVENTS, [
      this.clock.now(),
      event.action,
      event.subjectType,
      event.subjectId ?? null,
      event.actorUserId ?? null,
      event.actorOrganizationId ?? null,
      event.details ?? {},
    ]);
  }

  async forSubject(subjectType: string, subjectId: string, manager: EntityManager = this.dataSource.manager): Promise<AuditRecord[]> {
    // Read in the transaction that records: its events are part of the history it shows.
    await flushDeferredInserts(manager);
    const rows: Array<Record<string, unknown>> = await manager.query(
      `SELECT id, occurred_at, action, subject_type, subject_id, actor_user_id, actor_organization_id, details
         FROM audit_events WHERE subject_type = $1 AND subject_id = $2 ORDER BY occurred_at, created_at`,
      [subjectType, subjectId],
    );
    return rows.map((row) => ({
      id: row.id as string,
      occurredAt: row.occurred_at as Date,
      action: row.action as string,
      subjectType: row.subject_type as string,
      subjectId: row.subject_id as string | null,
      actorUserId: row.actor_user_id as string | null,
      actorOrganizationId: row.actor_organization_id as string | null,
      details: row.details as Record<string, unknown>,
    }));
  }
}
