import { IsoDate, addDays } from '@iae/core';

/** A SIAE whose convention ends keeps working for 30 days (reference platform, rules card). */
export const CONVENTION_GRACE_DAYS = 30;

/**
 * Whether an employer is active on `today`. A SIAE depends on its convention with the State: once
 * deactivated it stays active during the grace period. Other employers stop the day staff deactivate them.
 */
export function isEmployerActive(input: { isSiae: boolean; deactivatedOn: IsoDate | null }, today: IsoDate): boolean {
  if (!input.deactivatedOn) return true;
  if (input.isSiae) return today < addDays(input.deactivatedOn, CONVENTION_GRACE_DAYS);
  return today < input.deactivatedOn;
}

/** The last day a deactivated employer is still active (null while active without end). */
export function lastActiveDay(input: { isSiae: boolean; deactivatedOn: IsoDate | null }): IsoDate | null {
  if (!input.deactivatedOn) return null;
  return addDays(input.deactivatedOn, input.isSiae ? CONVENTION_GRACE_DAYS - 1 : -1);
}

/**
 * What the daily job does with a SIAE whose convention ended, once its 30 days of grace are over
 * (reference platform): deleted when it holds no data, otherwise kept (its candidatures and hires
 * with it) and unlisted for good. Before the end of the grace, or for another employer: nothing.
 */
export function afterGrace(
  input: { isSiae: boolean; deactivatedOn: IsoDate | null; unlisted: boolean; holdsData: boolean },
  today: IsoDate,
): 'delete' | 'unlist' | null {
  if (!input.isSiae || input.unlisted || isEmployerActive({ isSiae: true, deactivatedOn: input.deactivatedOn }, today)) return null;
  return input.holdsData ? 'unlist' : 'delete';
}

/** An antenne shares its parent's SIREN and kind, and has no antenne of its own. */
export function antenneProblem(
  antenne: { siret: string; kind: string },
  parent: { siret: string | null; kind: string; parentId: string | null },
): 'different_siren' | 'different_kind' | 'parent_is_antenne' | null {
  if (parent.parentId) return 'parent_is_antenne';
  if (antenne.kind !== parent.kind) return 'different_kind';
  if (!parent.siret || antenne.siret.slice(0, 9) !== parent.siret.slice(0, 9)) return 'different_siren';
  return null;
}
