import { DataSource } from 'typeorm';

/**
 * The database refuses, once, to record an idempotent request's answer (after its work ran in the transaction), as a
 * connection lost between the work and its answer would. A sequence is not rolled back: the trigger fails the first
 * time only. Returns what removes it.
 */
export async function failAnswerRecordOnce(dataSource: DataSource): Promise<() => Promise<void>> {
  await dataSource.query(`
    CREATE SEQUENCE fault_once;
    CREATE FUNCTION fault_once() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.response_status IS NOT NULL AND nextval('fault_once') = 1 THEN RAISE EXCEPTION 'lost the connection'; END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER fault_once BEFORE UPDATE ON idempotency_keys FOR EACH ROW EXECUTE FUNCTION fault_once()`);
  return async () => {
    await dataSource.query(`DROP TRIGGER fault_once ON idempotency_keys; DROP FUNCTION fault_once(); DROP SEQUENCE fault_once`);
  };
}
