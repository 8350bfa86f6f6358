import { Actor, MembershipRole, OrganizationFamily } from '@iae/core';

const DEFAULT_KINDS: Record<OrganizationFamily, string> = { employer: 'ACI', prescriber: 'FT', institution: 'DDETS_IAE' };

/** A professional acting for an organisation, as the route guard hands it to a use case (for the access rules' unit tests). */
export function memberActor(
  organization: {
    id: string;
    family: OrganizationFamily;
    kind?: string;
    role?: MembershipRole | null;
    authorizationStatus?: string | null;
    departmentCode?: string | null;
    regionCode?: string | null;
  },
  user: { userId?: string; email?: string } = {},
): Actor {
  return {
    userId: user.userId ?? 'u-professional',
    email: user.email ?? 'claire.martin@example.fr',
    kind: 'professional',
    isStaff: false,
    organization: {
      name: organization.id,
      kind: DEFAULT_KINDS[organization.family],
      role: 'member',
      authorizationStatus: null,
      departmentCode: '75',
      regionCode: '11',
      ...organization,
    },
  };
}

export function staffActor(): Actor {
  return { userId: 'u-staff', email: 'equipe@example.fr', kind: 'professional', isStaff: true, organization: null };
}

export function candidateActor(user: { userId?: string; email?: string } = {}): Actor {
  return { userId: user.userId ?? 'u-candidate', email: user.email ?? 'lea.dupont@example.fr', kind: 'candidate', isStaff: false, organization: null };
}
