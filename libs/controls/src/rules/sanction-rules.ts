import { FieldError, IsoDate, isIsoDate } from '@iae/core';

/**
 * Sanctions of a SIAE refused at the end of a control (iae-rules A.5): a mandatory training session,
 * a withdrawal of auto-prescription for a date range (enforced by eligibility), a cut of the aide au
 * poste (1–100 %) for a date range, a deactivation proposal; or none, with its reason.
 */
export interface SanctionsInput {
  explanation?: string | null;
  trainingSession?: boolean;
  autoPrescriptionWithdrawal?: { from: IsoDate; to: IsoDate } | null;
  subsidyCut?: { percent: number; from: IsoDate; to: IsoDate } | null;
  deactivationProposed?: boolean;
  noSanctionReason?: string | null;
}

export const SUBSIDY_CUT_MIN_PERCENT = 1;
export const SUBSIDY_CUT_MAX_PERCENT = 100;

export function hasSanction(input: SanctionsInput): boolean {
  return !!(input.trainingSession || input.autoPrescriptionWithdrawal || input.subsidyCut || input.deactivationProposed);
}

function checkRange(field: string, range: { from: IsoDate; to: IsoDate }, today: IsoDate, errors: FieldError[]): void {
  if (!isIsoDate(range.from)) errors.push({ field: `${field}.from`, code: 'isDate', message: 'Le début doit être une date AAAA-MM-JJ.' });
  if (!isIsoDate(range.to)) errors.push({ field: `${field}.to`, code: 'isDate', message: 'La fin doit être une date AAAA-MM-JJ.' });
  if (!isIsoDate(range.from) || !isIsoDate(range.to)) return;
  if (range.from < today) errors.push({ field: `${field}.from`, code: 'notInPast', message: 'Une sanction ne commence pas dans le passé.' });
  if (range.to < range.from) errors.push({ field: `${field}.to`, code: 'afterFrom', message: 'La fin de la période doit suivre son début.' });
}

/** The checks of a sanctions decision taken on `today`, each naming its field. */
export function checkSanctions(input: SanctionsInput, today: IsoDate): FieldError[] {
  const errors: FieldError[] = [];
  const sanctioned = hasSanction(input);
  const reason = input.noSanctionReason?.trim();
  if (!sanctioned && !reason) {
    errors.push({ field: 'noSanctionReason', code: 'isDefined', message: 'Sans sanction, donnez-en la raison (ou choisissez au moins une sanction).' });
  }
  if (sanctioned && reason) {
    errors.push({ field: 'noSanctionReason', code: 'withSanctions', message: 'Une raison de ne pas sanctionner ne va pas avec des sanctions.' });
  }
  if (sanctioned && !input.explanation?.trim()) {
    errors.push({ field: 'explanation', code: 'isDefined', message: 'Expliquez les sanctions à la structure.' });
  }
  if (input.autoPrescriptionWithdrawal) checkRange('autoPrescriptionWithdrawal', input.autoPrescriptionWithdrawal, today, errors);
  if (input.subsidyCut) {
    const { percent } = input.subsidyCut;
    if (!Number.isInteger(percent) || percent < SUBSIDY_CUT_MIN_PERCENT || percent > SUBSIDY_CUT_MAX_PERCENT) {
      errors.push({
        field: 'subsidyCut.percent',
        code: 'percentRange',
        message: `La baisse de l’aide au poste va de ${SUBSIDY_CUT_MIN_PERCENT} à ${SUBSIDY_CUT_MAX_PERCENT} %.`,
      });
    }
    checkRange('subsidyCut', input.subsidyCut, today, errors);
  }
  return errors;
}
