import { FieldError, IsoDate, addMonths, isIsoDate } from '@iae/core';

/**
 * Sanctions of a SIAE refused at the end of a control (iae-rules A.5): a mandatory training session,
 * a withdrawal of auto-prescription for a date range (enforced by eligibility), a cut of the aide au
 * poste (1–100 %) for a date range, a deactivation proposal; or none, with its reason.
 */
export interface SanctionsInput {
  explanation?: string | null;
  trainingSession?: boolean;
  /** From at least a month after the decision; to after from, or none (a permanent withdrawal). */
  autoPrescriptionWithdrawal?: { from: IsoDate; to?: IsoDate | null } | null;
  subsidyCut?: { percent: number; from: IsoDate; to: IsoDate } | null;
  deactivationProposed?: boolean;
  noSanctionReason?: string | null;
}

export const SUBSIDY_CUT_MIN_PERCENT = 1;
export const SUBSIDY_CUT_MAX_PERCENT = 100;

export function hasSanction(input: SanctionsInput): boolean {
  return !!(input.trainingSession || input.autoPrescriptionWithdrawal || input.subsidyCut || input.deactivationProposed);
}

/** A withdrawal of auto-prescription starts at least this many months after the decision (rules card). */
export const WITHDRAWAL_MIN_MONTHS_AFTER_DECISION = 1;

/** The first day a withdrawal decided on `decidedOn` may start. */
export function earliestWithdrawalStart(decidedOn: IsoDate): IsoDate {
  return addMonths(decidedOn, WITHDRAWAL_MIN_MONTHS_AFTER_DECISION);
}

export interface SanctionErrors {
  /** Not dates, missing explanations: the request is malformed (400). */
  malformed: FieldError[];
  /** Dates that break the rules of sanctions (422). */
  rules: FieldError[];
}

function checkDates(field: string, range: { from: IsoDate; to?: IsoDate | null }, errors: SanctionErrors): boolean {
  if (!isIsoDate(range.from)) errors.malformed.push({ field: `${field}.from`, code: 'isDate', message: 'Le début doit être une date AAAA-MM-JJ.' });
  if (range.to != null && !isIsoDate(range.to))
    errors.malformed.push({ field: `${field}.to`, code: 'isDate', message: 'La fin doit être une date AAAA-MM-JJ.' });
  return isIsoDate(range.from) && (range.to == null || isIsoDate(range.to));
}

/** The end after the start (a withdrawal: strictly after; a cut may last a day). */
function checkEnd(field: string, range: { from: IsoDate; to?: IsoDate | null }, errors: SanctionErrors, strictly: boolean): void {
  if (range.to != null && (strictly ? range.to <= range.from : range.to < range.from)) {
    errors.rules.push({ field: `${field}.to`, code: 'afterFrom', message: 'La fin de la période doit suivre son début.' });
  }
}

/** The checks of a sanctions decision taken on `today`, each naming its field. */
export function checkSanctions(input: SanctionsInput, today: IsoDate): SanctionErrors {
  const errors: SanctionErrors = { malformed: [], rules: [] };
  const sanctioned = hasSanction(input);
  const reason = input.noSanctionReason?.trim();
  if (!sanctioned && !reason) {
    errors.malformed.push({
      field: 'noSanctionReason',
      code: 'isDefined',
      message: 'Sans sanction, donnez-en la raison (ou choisissez au moins une sanction).',
    });
  }
  if (sanctioned && reason) {
    errors.malformed.push({ field: 'noSanctionReason', code: 'withSanctions', message: 'Une raison de ne pas sanctionner ne va pas avec des sanctions.' });
  }
  if (sanctioned && !input.explanation?.trim()) {
    errors.malformed.push({ field: 'explanation', code: 'isDefined', message: 'Expliquez les sanctions à la structure.' });
  }
  const withdrawal = input.autoPrescriptionWithdrawal;
  if (withdrawal && checkDates('autoPrescriptionWithdrawal', withdrawal, errors)) {
    const earliest = earliestWithdrawalStart(today);
    if (withdrawal.from < earliest) {
      errors.rules.push({
        field: 'autoPrescriptionWithdrawal.from',
        code: 'oneMonthAfterDecision',
        message: `Le retrait de l’auto-prescription commence au moins un mois après la décision : le ${earliest} au plus tôt.`,
      });
    }
    checkEnd('autoPrescriptionWithdrawal', withdrawal, errors, true);
  }
  if (input.subsidyCut) {
    const { percent } = input.subsidyCut;
    if (!Number.isInteger(percent) || percent < SUBSIDY_CUT_MIN_PERCENT || percent > SUBSIDY_CUT_MAX_PERCENT) {
      errors.malformed.push({
        field: 'subsidyCut.percent',
        code: 'percentRange',
        message: `La baisse de l’aide au poste va de ${SUBSIDY_CUT_MIN_PERCENT} à ${SUBSIDY_CUT_MAX_PERCENT} %.`,
      });
    }
    if (checkDates('subsidyCut', input.subsidyCut, errors)) {
      if (input.subsidyCut.from < today)
        errors.rules.push({ field: 'subsidyCut.from', code: 'notInPast', message: 'Une sanction ne commence pas dans le passé.' });
      checkEnd('subsidyCut', input.subsidyCut, errors, false);
    }
  }
  return errors;
}
