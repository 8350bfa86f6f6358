/**
 * Who may call a route about one candidate's file: the candidate, staff, and professionals acting
 * for a prescriber or an employer. The service then checks this file (candidateAccess).
 */
export const CANDIDATE_FILE = { families: ['prescriber' as const, 'employer' as const] };
