import { Injectable } from '@nestjs/common';
import { Actor, OrganizationFamily } from '@iae/core';
import { AccountsRepository } from '../accounts.repository';

export type LoadedActor = Actor & { disabled: boolean; organizationFound: boolean; sessionOpen: boolean };

/**
 * The caller, whether the session of their token is still open, and, when one is named, the
 * organisation and their role in it: one query per request.
 */
@Injectable()
export class ActorLoader {
  constructor(private readonly accounts: AccountsRepository) {}

  async load(userId: string, organizationId: string | null, sessionId: string): Promise<LoadedActor | null> {
    const row = await this.accounts.actor(userId, organizationId, sessionId);
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
