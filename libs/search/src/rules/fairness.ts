/**
 * How much a structure is already asked: its candidatures of the last weeks per open position
 * (the reference platform's `job_app_score`). Among equally relevant results the lower comes
 * first, so candidatures spread instead of piling on the best-known structures.
 */
export function candidaturePressure(recentCandidatures: number, openPositions: number): number {
  return Math.max(recentCandidatures, 0) / Math.max(openPositions, 1);
}
