import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, MembershipRole, OrganizationFamily, UserKind } from '@iae/core';

interface ActorRow {
  id: string;
  email: string;
  kind: UserKind;
  is_staff: boolean;
  disabled: boolean;
  org_id: string | null;
  org_family: OrganizationFamily | null;
  org_kind: string | null;
  org_name: string | null;
  authorization_status: string | null;
  department_code: string | null;
  region_code: string | null;
  role: MembershipRole | null;
  session_open: boolean;
}

export type LoadedActor = Actor & { disabled: boolean; organizationFound: boolean; sessionOpen: boolean };

/**
 * The caller, whether the session of their token is still open, and, when one is named, the
 * organisation and their role in it: one query per request.
 */
@Injectable()
export class ActorLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(userId: string, organizationId: string | null, sessionId: string): Promise<LoadedActor | null> {
    const rows: ActorRow[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.kind, u.is_staff, u.disabled_at IS NOT NULL AS disabled,
              o.id AS org_id, o.family AS org_family, o.kind AS org_kind, o.name AS org_name,
              o.authorization_status, o.department_code, o.region_code, m.role,
              EXISTS (SELECT 1 FROM sessions s WHERE s.id = $3::uuid AND s.user_id = u.id AND s.revoked_at IS NULL) AS session_open
         FROM users u
         LEFT JOIN organizations o ON o.id = $2::uuid
         LEFT JOIN memberships m ON m.organization_id = o.id AND m.user_id = u.id
        WHERE u.id = $1::uuid`,
      [userId, organizationId, sessionId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      userId: row.id,
      email: row.email,
      kind: row.kind,
      isStaff: row.is_staff,
      sessionId,
      disabled: row.disabled,
      sessionOpen: row.session_open,
      organizationFound: row.org_id !== null,
      organization: row.org_id
        ? {
            id: row.org_id,
            family: row.org_family as OrganizationFamily,
            kind: row.org_kind as string,
            name: row.org_name as string,
            role: row.role,
            authorizationStatus: row.authorization_status,
            departmentCode: row.department_code,
            regionCode: row.region_code,
          }
        : null,
    };
  }
}
