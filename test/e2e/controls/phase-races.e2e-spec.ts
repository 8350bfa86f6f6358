import { addDays } from '@iae/core';
import { ControlPhases } from '@iae/controls';
import { Member, SmtpCatcher, TestApp, createDdets, eventually } from '@iae/testing';
import { calendarFrom, insertCampaign, insertEvaluation, relogin, siaeIn, startControlsApp, stopControlsApp } from './controls-helpers';

const NOTIFIED_ON = '2026-10-01';
const ROUNDS = 6;
const SIAE_PER_ROUND = 4;

/** What each campaign phase can still move: an evaluation in any other state would stay there for good. */
const MOVABLE: Record<string, string[]> = {
  submission: ['submittable', 'submitted', 'refused', 'closed'],
  // A first submission not yet decided is closed at the end; the refused ones are in their adversarial phase.
  adversarial: ['submitted', 'adversarial', 'resubmitted', 'closed'],
  closed: ['closed'],
};

/**
 * The DDETS decides while the daily job moves the campaign: whatever the order the database gives
 * them, no evaluation is left behind in a state its campaign's phase can no longer move (a SIAE
 * refused in the first round while the adversarial phase opens gets its adversarial phase; one
 * decided while the campaign closes is closed).
 */
describe('a-posteriori control: decisions racing the daily job', () => {
  let t: TestApp;
  let smtp: SmtpCatcher;
  let nord: Member;
  let phases: ControlPhases;
  const calendar = (round: number) => calendarFrom(NOTIFIED_ON, addDays('2018-01-01', round));
  const siae: Member[] = [];

  beforeAll(async () => {
    ({ t, smtp } = await startControlsApp(calendar(0).adversarialStart));
    phases = t.get(ControlPhases);
    nord = await createDdets(t, '59');
    for (let i = 0; i < SIAE_PER_ROUND; i++) siae.push(await siaeIn(t, 'ACI', '59350'));
  });
  afterAll(async () => {
    // The worker stops once the races' e-mails are all sent, not in the middle of them.
    const pending = `SELECT (SELECT count(*) FROM outbox_messages WHERE relayed_at IS NULL OR (queue = 'notifications' AND handled_at IS NULL))
                          + (SELECT count(*) FROM email_messages WHERE status = 'queued') AS n`;
    if (t)
      await eventually(
        () => t.dataSource.query(pending),
        ([{ n }]: Array<{ n: string }>) => Number(n) === 0,
      );
    await stopControlsApp(t, smtp);
  });

  async function stuck(campaignIds: string[]): Promise<Array<{ campaign: string; evaluation: string }>> {
    const rows: Array<{ campaign: string; evaluation: string }> = await t.dataSource.query(
      `SELECT c.state AS campaign, e.state AS evaluation FROM control_evaluations e JOIN control_campaigns c ON c.id = e.campaign_id WHERE c.id = ANY($1)`,
      [campaignIds],
    );
    return rows.filter((r) => !MOVABLE[r.campaign].includes(r.evaluation));
  }

  const decide = (evaluationId: string, decision: 'accepted' | 'refused') =>
    t.http
      .post(`/api/control-evaluations/${evaluationId}/decision`)
      .set(nord.headers)
      .send(decision === 'refused' ? { decision, reason: 'invalid_proof' } : { decision });

  it('opens the adversarial phase to every SIAE refused in the first round while the job opens it', async () => {
    const campaigns: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const campaignId = await insertCampaign(t, nord.organization.id, calendar(round), 'submission');
      campaigns.push(campaignId);
      const evaluations = await Promise.all(siae.map((s) => insertEvaluation(t, campaignId, s.organization, 'submitted', { phase1: 'refused' })));
      const [, ...answers] = await Promise.all([phases.advance(false), ...evaluations.map((e) => decide(e.evaluationId, 'refused'))]);
      // A refusal the opening overtook finds the submission settled already (its refused proof gave it the same second
      // chance): 409, nothing left to decide. Either way it ends in its adversarial phase.
      for (const answer of answers) {
        if (answer.status !== 200)
          expect({ status: answer.status, type: answer.body.type }).toEqual({ status: 409, type: '/api/problems/control-evaluation-state' });
      }
      expect(await stuck([campaignId])).toEqual([]);
      const states: Array<{ state: string }> = await t.dataSource.query(`SELECT state FROM control_evaluations WHERE campaign_id = $1`, [campaignId]);
      expect(states.map((s) => s.state)).toEqual(evaluations.map(() => 'adversarial'));
    }
    // Another run finds nothing left to repair.
    await phases.advance(false);
    expect(await stuck(campaigns)).toEqual([]);
  });

  it('closes every control while the DDETS decides the last ones at the close', async () => {
    t.clock.set(`${addDays(calendar(0).endsOn, 1)}T09:00:00Z`);
    nord = await relogin(t, nord);
    const campaigns: string[] = [];
    for (let round = ROUNDS + 1; round <= 2 * ROUNDS; round++) {
      const campaignId = await insertCampaign(t, nord.organization.id, calendar(round), 'adversarial');
      campaigns.push(campaignId);
      const [first, ...others] = siae;
      const evaluations = [
        await insertEvaluation(t, campaignId, first.organization, 'submitted', { phase1: 'accepted' }),
        ...(await Promise.all(others.map((s) => insertEvaluation(t, campaignId, s.organization, 'resubmitted', { phase1: 'refused', phase2: 'refused' })))),
      ];
      const [, ...answers] = await Promise.all([
        phases.advance(false),
        decide(evaluations[0].evaluationId, 'accepted'),
        ...evaluations.slice(1).map((e) => decide(e.evaluationId, 'refused')),
      ]);
      // The decision either came first (200) or found the control closed by the job (409).
      for (const answer of answers) expect([200, 409]).toContain(answer.status);
      expect(await stuck([campaignId])).toEqual([]);
    }
    expect(await stuck(campaigns)).toEqual([]);
  });

  it('opens the adversarial phase, the next day, to a SIAE an earlier run left refused, and closes whatever is left open', async () => {
    const round = 2 * ROUNDS + 1;
    const campaignId = await insertCampaign(t, nord.organization.id, calendar(round), 'adversarial');
    // As a decision that slipped past the opening (before the campaign lock) left them; the other campaigns are closed.
    const leftRefused = await insertEvaluation(t, campaignId, siae[0].organization, 'refused', { phase1: 'refused' });
    const leftSubmittable = await insertEvaluation(t, campaignId, siae[1].organization, 'submittable');
    t.clock.set(`${addDays(calendar(round).adversarialStart, 1)}T09:00:00Z`);
    expect((await phases.advance(false)).steps).toEqual({ catchUpAdversarial: 1 });
    expect((await phases.advance(false)).steps).toEqual({});
    const state = async (evaluationId: string) => (await t.dataSource.query(`SELECT state FROM control_evaluations WHERE id = $1`, [evaluationId]))[0].state;
    expect(await state(leftRefused.evaluationId)).toBe('adversarial');
    await smtp.waitForMailTo(siae[0].user.email, 'phase contradictoire ouverte');
    expect(await stuck([campaignId])).toEqual([{ campaign: 'adversarial', evaluation: 'submittable' }]);

    t.clock.set(`${addDays(calendar(round).endsOn, 1)}T09:00:00Z`);
    expect((await phases.advance(false)).steps).toEqual({ close: 1 });
    expect(await stuck([campaignId])).toEqual([]);
    const closed = await t.dataSource.query(`SELECT final_state AS "finalState", final_reason AS "finalReason" FROM control_evaluations WHERE id = ANY($1)`, [
      [leftRefused.evaluationId, leftSubmittable.evaluationId],
    ]);
    expect(closed).toEqual([
      { finalState: 'refused', finalReason: 'delay' },
      { finalState: 'refused', finalReason: 'delay' },
    ]);
  });
});
