import { MigrationInterface, QueryRunner } from 'typeorm';

const CONTROL_TABLES = [
  'control_campaigns',
  'control_evaluations',
  'control_hires',
  'control_criteria',
  'control_proofs',
  'control_reviews',
  'control_sanctions',
];

/**
 * The a-posteriori control of auto-prescriptions (campaigns of a DDETS, the SIAE and hires drawn,
 * the proofs, the reviews of each phase, the decision and the sanctions).
 */
export class Controls1763900001100 implements MigrationInterface {
  name = 'Controls1763900001100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE control_campaigns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        institution_id uuid NOT NULL REFERENCES organizations(id),
        departement_code text NOT NULL REFERENCES departements(code),
        -- Campaigns opened together by staff for every département, with one calendar.
        batch_id uuid,
        name text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        notify_on date NOT NULL,
        submission_deadline date NOT NULL,
        adversarial_start date NOT NULL,
        ends_on date NOT NULL,
        ratio_percent smallint NOT NULL DEFAULT 30,
        -- The seed of the draw: the same seed over the same population draws the same SIAE and hires.
        seed integer NOT NULL,
        state text NOT NULL DEFAULT 'draft',
        population_hires integer,
        qualifying_siae integer,
        selected_at timestamptz,
        selected_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        notified_at timestamptz,
        adversarial_opened_at timestamptz,
        closed_at timestamptz,
        created_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT control_campaigns_state_check CHECK (state IN ('draft', 'selected', 'submission', 'adversarial', 'closed')),
        CONSTRAINT control_campaigns_ratio_check CHECK (ratio_percent BETWEEN 20 AND 40),
        CONSTRAINT control_campaigns_seed_check CHECK (seed >= 0),
        CONSTRAINT control_campaigns_name_length CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        CONSTRAINT control_campaigns_calendar CHECK (
          period_start <= period_end AND period_end < notify_on AND notify_on < submission_deadline
          AND submission_deadline < adversarial_start AND adversarial_start < ends_on),
        CONSTRAINT control_campaigns_selected CHECK (state = 'draft' OR (selected_at IS NOT NULL AND population_hires IS NOT NULL AND qualifying_siae IS NOT NULL)),
        -- A hire is controlled once: the evaluated periods of a département never overlap.
        CONSTRAINT control_campaigns_no_overlap EXCLUDE USING gist (departement_code WITH =, daterange(period_start, period_end, '[]') WITH &&)
      )`);
    await db.query(`CREATE INDEX control_campaigns_institution_idx ON control_campaigns (institution_id, created_at DESC)`);
    await db.query(`CREATE INDEX control_campaigns_open_idx ON control_campaigns (state) WHERE state <> 'closed'`);

    await db.query(`
      CREATE TABLE control_evaluations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES control_campaigns(id) ON DELETE CASCADE,
        employer_id uuid NOT NULL REFERENCES employers(id),
        employer_kind text NOT NULL,
        hires_in_population integer NOT NULL,
        state text NOT NULL DEFAULT 'pending',
        submitted_at timestamptz,
        resubmitted_at timestamptz,
        -- The outcome of the first phase when it has refusals (the adversarial phase follows).
        reviewed_at timestamptz,
        refusal_reason text,
        refusal_comment text,
        final_state text,
        final_reason text,
        final_comment text,
        final_forced boolean NOT NULL DEFAULT false,
        closed_at timestamptz,
        closed_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        reminder_sent_at timestamptz,
        adversarial_reminder_sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT control_evaluations_once UNIQUE (campaign_id, employer_id),
        CONSTRAINT control_evaluations_kind_check CHECK (employer_kind IN ('AI', 'EI', 'ACI', 'ETTI')),
        CONSTRAINT control_evaluations_state_check CHECK (state IN ('pending', 'submittable', 'submitted', 'refused', 'adversarial', 'resubmitted', 'closed')),
        CONSTRAINT control_evaluations_reason_check CHECK (refusal_reason IN ('delay', 'invalid_proof', 'missing_proof', 'other') AND final_reason IN ('delay', 'invalid_proof', 'missing_proof', 'other')),
        CONSTRAINT control_evaluations_closed CHECK ((state = 'closed') = (final_state IS NOT NULL AND closed_at IS NOT NULL)),
        CONSTRAINT control_evaluations_final_check CHECK (final_state IN ('accepted', 'refused')),
        CONSTRAINT control_evaluations_refusal_has_reason CHECK (final_state IS DISTINCT FROM 'refused' OR final_reason IS NOT NULL),
        CONSTRAINT control_evaluations_phase_one_refusal CHECK (state NOT IN ('refused', 'adversarial', 'resubmitted') OR refusal_reason IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX control_evaluations_employer_idx ON control_evaluations (employer_id, created_at DESC)`);
    await db.query(`CREATE INDEX control_evaluations_open_idx ON control_evaluations (campaign_id, state) WHERE state <> 'closed'`);

    await db.query(`
      CREATE TABLE control_hires (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL REFERENCES control_evaluations(id) ON DELETE CASCADE,
        candidature_id uuid NOT NULL REFERENCES candidatures(id),
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        eligibility_diagnosis_id uuid NOT NULL REFERENCES eligibility_diagnoses(id),
        pass_iae_id uuid REFERENCES pass_iae(id) ON DELETE SET NULL,
        hiring_start date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT control_hires_once UNIQUE (candidature_id)
      )`);
    await db.query(`CREATE INDEX control_hires_evaluation_idx ON control_hires (evaluation_id, hiring_start)`);

    await db.query(`
      CREATE TABLE control_criteria (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL REFERENCES control_evaluations(id) ON DELETE CASCADE,
        hire_id uuid NOT NULL REFERENCES control_hires(id) ON DELETE CASCADE,
        criterion_key text NOT NULL REFERENCES administrative_criteria(key),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT control_criteria_once UNIQUE (hire_id, criterion_key)
      )`);
    await db.query(`CREATE INDEX control_criteria_evaluation_idx ON control_criteria (evaluation_id)`);

    // One proof per criterion and phase (1: submission, 2: adversarial), replaced until it is submitted.
    await db.query(`
      CREATE TABLE control_proofs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        criterion_id uuid NOT NULL REFERENCES control_criteria(id) ON DELETE CASCADE,
        phase smallint NOT NULL,
        file_id uuid NOT NULL REFERENCES stored_files(id),
        uploaded_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        uploaded_at timestamptz NOT NULL,
        submitted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT control_proofs_phase_check CHECK (phase IN (1, 2)),
        CONSTRAINT control_proofs_once UNIQUE (criterion_id, phase)
      )`);

    await db.query(`
      CREATE TABLE control_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        criterion_id uuid NOT NULL REFERENCES control_criteria(id) ON DELETE CASCADE,
        phase smallint NOT NULL,
        decision text NOT NULL,
        comment text,
        reviewed_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        reviewed_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT control_reviews_phase_check CHECK (phase IN (1, 2)),
        CONSTRAINT control_reviews_decision_check CHECK (decision IN ('accepted', 'refused')),
        CONSTRAINT control_reviews_refusal_comment CHECK (decision = 'accepted' OR comment IS NOT NULL),
        CONSTRAINT control_reviews_once UNIQUE (criterion_id, phase)
      )`);

    await db.query(`
      CREATE TABLE control_sanctions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluation_id uuid NOT NULL REFERENCES control_evaluations(id) ON DELETE CASCADE,
        explanation text,
        training_session boolean NOT NULL DEFAULT false,
        withdrawal_from date,
        withdrawal_to date,
        subsidy_cut_percent smallint,
        subsidy_cut_from date,
        subsidy_cut_to date,
        deactivation_proposed boolean NOT NULL DEFAULT false,
        no_sanction_reason text,
        decided_by_id uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT control_sanctions_once UNIQUE (evaluation_id),
        CONSTRAINT control_sanctions_withdrawal CHECK ((withdrawal_from IS NULL) = (withdrawal_to IS NULL) AND (withdrawal_to IS NULL OR withdrawal_to >= withdrawal_from)),
        CONSTRAINT control_sanctions_cut CHECK (
          (subsidy_cut_percent IS NULL) = (subsidy_cut_from IS NULL) AND (subsidy_cut_from IS NULL) = (subsidy_cut_to IS NULL)
          AND (subsidy_cut_percent IS NULL OR subsidy_cut_percent BETWEEN 1 AND 100)
          AND (subsidy_cut_to IS NULL OR subsidy_cut_to >= subsidy_cut_from)),
        -- Either sanctions, explained, or none with its reason.
        CONSTRAINT control_sanctions_some_or_reason CHECK (
          (training_session OR withdrawal_from IS NOT NULL OR subsidy_cut_percent IS NOT NULL OR deactivation_proposed)
            = (no_sanction_reason IS NULL)
          AND (no_sanction_reason IS NOT NULL OR explanation IS NOT NULL))
      )`);

    for (const table of CONTROL_TABLES) {
      await db.query(`CREATE TRIGGER ${table}_updated_at BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION set_updated_at()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE IF EXISTS ${[...CONTROL_TABLES].reverse().join(', ')} CASCADE`);
  }
}
