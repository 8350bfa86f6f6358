import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A withdrawal of auto-prescription (control sanction) may have no end: a permanent withdrawal. When it
 * has one, it ends after it starts (rules card). The month between the decision and the start is
 * checked by the service, which knows the day of the decision.
 */
export class PermanentWithdrawals1763900002420 implements MigrationInterface {
  name = 'PermanentWithdrawals1763900002420';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE auto_prescription_withdrawals ALTER COLUMN to_date DROP NOT NULL`);
    await db.query(`ALTER TABLE auto_prescription_withdrawals DROP CONSTRAINT auto_prescription_withdrawals_dates`);
    await db.query(
      `ALTER TABLE auto_prescription_withdrawals ADD CONSTRAINT auto_prescription_withdrawals_dates CHECK (to_date IS NULL OR to_date > from_date) NOT VALID`,
    );
    await db.query(`ALTER TABLE control_sanctions DROP CONSTRAINT control_sanctions_withdrawal`);
    await db.query(
      `ALTER TABLE control_sanctions ADD CONSTRAINT control_sanctions_withdrawal CHECK (withdrawal_to IS NULL OR (withdrawal_from IS NOT NULL AND withdrawal_to > withdrawal_from)) NOT VALID`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM auto_prescription_withdrawals WHERE to_date IS NULL`);
    await db.query(`ALTER TABLE auto_prescription_withdrawals DROP CONSTRAINT auto_prescription_withdrawals_dates`);
    await db.query(`ALTER TABLE auto_prescription_withdrawals ALTER COLUMN to_date SET NOT NULL`);
    await db.query(`ALTER TABLE auto_prescription_withdrawals ADD CONSTRAINT auto_prescription_withdrawals_dates CHECK (to_date >= from_date)`);
    await db.query(`ALTER TABLE control_sanctions DROP CONSTRAINT control_sanctions_withdrawal`);
    await db.query(
      `ALTER TABLE control_sanctions ADD CONSTRAINT control_sanctions_withdrawal CHECK ((withdrawal_from IS NULL) = (withdrawal_to IS NULL) AND (withdrawal_to IS NULL OR withdrawal_to >= withdrawal_from)) NOT VALID`,
    );
  }
}
