/**
 * Who sees a candidate's personal data (guide §3.5, reference platform §2.10): the candidate, platform
 * staff through an audited access, habilitated prescribers, and the organisations linked to the
 * candidate (created them, applied for them, received their candidature, or proved they know them).
 * An orienteur therefore sees only the candidates it works with.
 */
export type CandidateAccess = 'self' | 'staff' | 'professional' | 'none';

export interface Viewer {
  userId: string;
  isStaff: boolean;
  organization: { id: string; family: string; habilitated: boolean; isMember: boolean } | null;
}

export function candidateAccess(viewer: Viewer, candidate: { userId: string | null; linkedOrganizationIds: readonly string[] }): CandidateAccess {
  if (candidate.userId && candidate.userId === viewer.userId) return 'self';
  const organization = viewer.organization;
  if (organization?.isMember) {
    if (organization.family === 'prescriber' && organization.habilitated) return 'professional';
    if (candidate.linkedOrganizationIds.includes(organization.id)) return 'professional';
  }
  if (viewer.isStaff) return 'staff';
  return 'none';
}

/** Dimensions of the diagnostic that reveal health or justice matters: shown to fewer people. */
export const SENSITIVE_BARRIERS = ['health', 'addiction', 'justice'] as const;

export interface DiagnosticViewer {
  access: CandidateAccess;
  organizationId: string | null;
  /** Consents the candidate gave to this viewer's organisation (as an employer). */
  consents: ReadonlyArray<'share_diagnostic' | 'share_sensitive_diagnostic'>;
  isEmployer: boolean;
}

/**
 * What of the diagnostic a viewer may read: everything for the candidate and audited staff; the
 * shared part for the prescribers and orienteurs working with the candidate; for an employer, only
 * what the candidate consented to share with it. A sensitive item also shows to its author's organisation.
 */
export function diagnosticVisibility(viewer: DiagnosticViewer): { general: boolean; sensitive: 'all' | 'own' | 'none' } {
  if (viewer.access === 'self' || viewer.access === 'staff') return { general: true, sensitive: 'all' };
  if (viewer.isEmployer) {
    return {
      general: viewer.consents.length > 0,
      sensitive: viewer.consents.includes('share_sensitive_diagnostic') ? 'all' : 'none',
    };
  }
  if (viewer.access === 'professional') return { general: true, sensitive: 'own' };
  return { general: false, sensitive: 'none' };
}
