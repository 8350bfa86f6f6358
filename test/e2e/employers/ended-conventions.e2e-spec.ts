import { ScheduledJobs, addDays } from '@iae/core';
import { ENDED_CONVENTIONS_JOB } from '@iae/employers';
import { TestApp, createCandidate, createHabilitatedPrescriber, createOrganization, createSiae, createStaff, createTestApp } from '@iae/testing';

const TODAY = '2026-11-23';

/**
 * After the 30-day grace of an ended convention (rules card, Actors), a daily job deletes a SIAE that
 * holds no data, and keeps the others, with their candidatures and hires, out of every listing.
 */
describe('employers: after the grace of an ended convention', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ now: `${TODAY}T09:00:00Z` });
  });
  afterAll(() => t?.close());

  const endConvention = (id: string, on: string) => t.dataSource.query(`UPDATE employers SET deactivated_on = $2 WHERE id = $1`, [id, on]);
  const exists = async (id: string) => (await t.dataSource.query(`SELECT 1 FROM organizations WHERE id = $1`, [id])).length === 1;

  it('deletes an empty SIAE after its 30 days of grace, unlists one with candidatures (kept), leaves the rest alone; twice changes nothing', async () => {
    const staff = await createStaff(t);
    const empty = await createSiae(t, 'ACI');
    const withData = await createSiae(t, 'EI');
    const inGrace = await createSiae(t, 'AI');
    const notSiae = await createOrganization(t.dataSource, { family: 'employer', kind: 'EA' });
    const prescriber = await createHabilitatedPrescriber(t);
    const candidate = await createCandidate(t, prescriber);
    const sent = await t.http
      .post('/api/candidatures')
      .set(prescriber.headers)
      .send({ candidateId: candidate.id, employerId: withData.organization.id, message: 'Motivé, disponible.' })
      .expect(201);
    const ended = addDays(TODAY, -30); // the 30th day of grace was yesterday
    await endConvention(empty.organization.id, ended);
    await endConvention(withData.organization.id, ended);
    await endConvention(inGrace.organization.id, addDays(TODAY, -29));
    await endConvention(notSiae.id, addDays(TODAY, -400));

    const jobs = t.get(ScheduledJobs);
    expect(await jobs.run(ENDED_CONVENTIONS_JOB, { dryRun: true })).toMatchObject({ deleted: 1, unlisted: 1 });
    expect(await exists(empty.organization.id)).toBe(true);
    expect(await jobs.run(ENDED_CONVENTIONS_JOB)).toMatchObject({ deleted: 1, unlisted: 1 });
    expect(await jobs.run(ENDED_CONVENTIONS_JOB)).toMatchObject({ deleted: 0, unlisted: 0 });

    expect(await exists(empty.organization.id)).toBe(false);
    const [deletion] = await t.dataSource.query(`SELECT details FROM audit_events WHERE subject_id = $1 AND action = 'employer.deleted_after_grace'`, [
      empty.organization.id,
    ]);
    expect(deletion.details).toMatchObject({ name: empty.organization.name, kind: 'ACI', deactivatedOn: ended });

    // Kept, with its candidature, out of every listing; staff and its members still read it.
    const kept = await t.http.get(`/api/employers/${withData.organization.id}`).set(staff.headers).expect(200);
    expect(kept.body).toMatchObject({ active: false, unlistedAt: `${TODAY}T09:00:00.000Z` });
    await t.http.get(`/api/employers/${withData.organization.id}`).expect(404);
    await t.http.get(`/api/candidatures/${sent.body.id}`).set(prescriber.headers).expect(200);
    const listed = await t.http.get('/api/employers').query({ limit: 100 }).expect(200);
    expect(listed.body.items.map((e: { id: string }) => e.id)).not.toContain(withData.organization.id);

    expect(await exists(inGrace.organization.id)).toBe(true);
    expect(await exists(notSiae.id)).toBe(true);
    const [graced] = await t.dataSource.query(`SELECT unlisted_at FROM employers WHERE id = $1`, [inGrace.organization.id]);
    expect(graced.unlisted_at).toBeNull();

    // A convention signed again brings it back.
    const back = await t.http.delete(`/api/employers/${withData.organization.id}/deactivation`).set(staff.headers).expect(200);
    expect(back.body).toMatchObject({ active: true, unlistedAt: null });
  });
});
