import { BenefitProgramme } from '../src/benefits/benefit-programme.entity';
import { ClaimExpiryService } from '../src/benefits/claim-expiry.service';
import { promoteStranded } from '../src/benefits/waitlist-sweep';
import { AuditService } from '../src/audit/audit.service';
import { aProgramme, aSession, checkInvariants, insertMembers, StormMember } from './support/benefits';
import { anIdNumber } from './support/factories';
import { aMember, signInStaff, signInWorker } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

const DAY_MS = 86_400_000;
let keyCounter = 0;
const newKey = () => `key-${Date.now()}-${++keyCounter}`;

describe('benefits: programmes, eligibility and claims', () => {
  let t: TestApp;
  let member: StormMember;
  beforeAll(async () => {
    t = await startTestApp();
    [member] = await insertMembers(t, 1, { occupation: 'courier', gender: 'female' });
  });
  afterAll(() => t.close());

  const claim = (who: { token: string }, programmeId: string, body: object = {}, key: string | null = newKey()) => {
    const request = t.http().post(`/api/v1/benefits/${programmeId}/claims`).set('authorization', who.token);
    return (key === null ? request : request.set('idempotency-key', key)).send(body);
  };
  const programmeByCode = (code: string) => t.db.getRepository(BenefitProgramme).findOneByOrFail({ code });

  it('lists the ten seeded measures with the caller’s eligibility and reasons in Chinese', async () => {
    const outsider = await signInWorker(t);
    const response = await t.http().get('/api/v1/benefits').set('authorization', outsider.token).expect(200);
    const codes = response.body.items.map((p: { code: string }) => p.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'checkup',
        'recuperation',
        'mutual-aid',
        'warmth-pack',
        'cooling-kit',
        'skills-training',
        'courier-contest',
        'jinsuo-award',
        'free-clinic',
        'mobile-gift-pack',
      ]),
    );
    const checkup = response.body.items.find((p: { code: string }) => p.code === 'checkup');
    expect(checkup.eligibility).toEqual({ eligible: false, reasons: ['NOT_A_MEMBER'], messages: ['仅限工会会员申领，请先申请入会'] });
  });

  it('shows a member why not before trying: occupation rules, closed seasons', async () => {
    const { body } = await t.http().get('/api/v1/benefits').set('authorization', member.token).expect(200);
    const byCode = new Map(body.items.map((p: { code: string }) => [p.code, p]));
    expect(byCode.get('checkup') as { eligibility: unknown; costFen: number }).toMatchObject({
      eligibility: { eligible: true, reasons: [] },
      costFen: 150_000,
    });
    expect(byCode.get('jinsuo-award')).toMatchObject({ eligibility: { eligible: false, reasons: ['OCCUPATION_NOT_COVERED'], messages: ['仅限电商主播申领'] } });
    expect(byCode.get('cooling-kit')).toMatchObject({ eligibility: { eligible: false, reasons: ['PROGRAMME_CLOSED'] } });
  });

  it('claims a checkup session for a woman at 1,500 yuan, once a year', async () => {
    const checkup = await programmeByCode('checkup');
    const sessions = await t.http().get(`/api/v1/benefits/${checkup.id}/sessions`).set('authorization', member.token).expect(200);
    const session = sessions.body.items[0];
    expect(session).toMatchObject({ capacity: 50, remaining: 50 });

    const first = await claim(member, checkup.id, { sessionId: session.id }).expect(201);
    expect(first.body).toMatchObject({ status: 'confirmed', costFen: 150_000, sessionId: session.id, programmeName: '免费健康体检' });
    const second = await claim(member, checkup.id, { sessionId: sessions.body.items[1].id });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('ALREADY_CLAIMED');

    const detail = await t.http().get(`/api/v1/benefits/${checkup.id}`).set('authorization', member.token).expect(200);
    expect(detail.body.eligibility.reasons).toEqual(['ALREADY_CLAIMED']);
    expect(detail.body.sessions[0].remaining).toBe(49);
    const mine = await t.http().get('/api/v1/claims/me').set('authorization', member.token).expect(200);
    expect(mine.body.items.map((c: { id: string }) => c.id)).toContain(first.body.id);
    await checkInvariants(t, checkup.id);
  });

  it('lets a member who joined through the real flow claim (man: 1,200 yuan)', async () => {
    const joined = await aMember(t, { employer: 'other', townCode: 'keqiao', occupation: 'food_delivery', idNumber: anIdNumber('male') });
    const checkup = await programmeByCode('checkup');
    const [session] = (await t.http().get(`/api/v1/benefits/${checkup.id}/sessions`).set('authorization', joined.token)).body.items;
    const response = await claim(joined, checkup.id, { sessionId: session.id }).expect(201);
    expect(response.body.costFen).toBe(120_000);
  });

  it('refuses bad input with clear codes', async () => {
    const checkup = await programmeByCode('checkup');
    const other = await aProgramme(t, { hasSessions: true });
    const otherSession = await aSession(t, other);
    const [fresh] = await insertMembers(t, 1);
    expect((await claim(fresh, checkup.id, {}, null)).body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    expect((await claim(fresh, checkup.id, {}, '')).body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    expect((await claim(fresh, checkup.id, {}, 'x'.repeat(101))).status).toBe(400);
    expect((await claim(fresh, '00000000-0000-4000-8000-000000000000', {})).status).toBe(404);
    expect((await claim(fresh, 'not-a-uuid', {})).status).toBe(404);
    expect((await claim(fresh, checkup.id, { sessionId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    const foreign = await claim(fresh, checkup.id, { sessionId: otherSession.id });
    expect(foreign.status).toBe(404);
    const missing = await claim(fresh, checkup.id, {});
    expect(missing.status).toBe(400);
    expect(missing.body.details).toEqual([{ field: 'sessionId', message: '该项目需要选择批次' }]);
    expect((await claim(fresh, checkup.id, { sessionId: 'abc' })).body.code).toBe('VALIDATION_FAILED');
    expect((await claim(fresh, checkup.id, { sessionId: otherSession.id, extra: 1 })).body.code).toBe('VALIDATION_FAILED');
    const staff = await signInStaff(t, 'keqiao-staff');
    expect((await claim({ token: staff }, checkup.id, { sessionId: otherSession.id })).body.code).toBe('NOT_FOUND');
  });

  it('refuses a claim outside the period with PROGRAMME_CLOSED and a non-member with NOT_ELIGIBLE', async () => {
    const past = await aProgramme(t, { periodStart: new Date(Date.now() - 60 * DAY_MS), periodEnd: new Date(Date.now() - DAY_MS) });
    const closed = await claim(member, past.id);
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('PROGRAMME_CLOSED');
    const outsider = await signInWorker(t);
    const refused = await claim(outsider, (await aProgramme(t)).id);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'NOT_ELIGIBLE', details: [{ reason: 'NOT_A_MEMBER', message: expect.any(String) }] });
  });

  it('answers QUOTA_EXHAUSTED when full without a waitlist and BUDGET_EXHAUSTED when the money is spent', async () => {
    const [a, b, c] = await insertMembers(t, 3);
    const small = await aProgramme(t, { capacity: 1 });
    await claim(a, small.id).expect(201);
    expect((await claim(b, small.id)).body.code).toBe('QUOTA_EXHAUSTED');
    const poor = await aProgramme(t, { costFen: 100_000, budgetFen: 150_000 });
    await claim(a, poor.id).expect(201);
    const refused = await claim(c, poor.id);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('BUDGET_EXHAUSTED');
    expect((await checkInvariants(t, poor.id)).spent).toBe(100_000);
  });

  it('waitlists when full; cancelling frees the place for the first waitlisted claim', async () => {
    const [a, b, c] = await insertMembers(t, 3);
    const trip = await aProgramme(t, { hasSessions: true, hasWaitlist: true, costFen: 100_000, budgetFen: 10_000_000 });
    const batch = await aSession(t, trip, { capacity: 1 });
    const held = await claim(a, trip.id, { sessionId: batch.id }).expect(201);
    const firstInLine = await claim(b, trip.id, { sessionId: batch.id }).expect(201);
    const secondInLine = await claim(c, trip.id, { sessionId: batch.id }).expect(201);
    expect([held.body.status, firstInLine.body.status, secondInLine.body.status]).toEqual(['confirmed', 'waitlisted', 'waitlisted']);
    expect([held.body.waitlistPosition, firstInLine.body.waitlistPosition, secondInLine.body.waitlistPosition]).toEqual([undefined, 1, 2]);

    expect((await t.http().post(`/api/v1/claims/${held.body.id}/cancel`).set('authorization', b.token)).status).toBe(404);
    const cancelled = await t.http().post(`/api/v1/claims/${held.body.id}/cancel`).set('authorization', a.token).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    const again = await t.http().post(`/api/v1/claims/${held.body.id}/cancel`).set('authorization', a.token);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CLAIM_NOT_CANCELLABLE');

    const mine = await t.http().get('/api/v1/claims/me').set('authorization', b.token).expect(200);
    expect(mine.body.items[0]).toMatchObject({ id: firstInLine.body.id, status: 'confirmed' });
    const stats = await checkInvariants(t, trip.id);
    expect(stats).toMatchObject({ confirmed: 1, waitlisted: 1, spent: 100_000 });
    // The one still waiting has moved up to first.
    const waiting = await t.http().get(`/api/v1/claims/${secondInLine.body.id}`).set('authorization', c.token).expect(200);
    expect(waiting.body).toMatchObject({ id: secondInLine.body.id, status: 'waitlisted', waitlistPosition: 1 });
  });

  it('shows a member one claim of their own and nobody else’s (404)', async () => {
    const [a, b] = await insertMembers(t, 2);
    const programme = await aProgramme(t);
    const claimed = await claim(a, programme.id).expect(201);
    const own = await t.http().get(`/api/v1/claims/${claimed.body.id}`).set('authorization', a.token).expect(200);
    expect(own.body).toEqual(claimed.body);
    expect(own.body).not.toHaveProperty('waitlistPosition');
    const other = await t.http().get(`/api/v1/claims/${claimed.body.id}`).set('authorization', b.token);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('NOT_FOUND');
    expect((await t.http().get('/api/v1/claims/00000000-0000-4000-8000-000000000000').set('authorization', a.token)).status).toBe(404);
    expect((await t.http().get('/api/v1/claims/not-a-uuid').set('authorization', a.token)).status).toBe(404);
  });

  it('passes over a waitlisted claim the budget left cannot pay for, keeping it first in line', async () => {
    const [man, otherMan, nextMan] = await insertMembers(t, 3, { gender: 'male' });
    const [woman] = await insertMembers(t, 1, { gender: 'female' });
    // ¥1,200 a man, ¥1,500 a woman; the budget pays two men and ¥200 more.
    const checkup = await aProgramme(t, { hasSessions: true, hasWaitlist: true, costFen: 120_000, costFenFemale: 150_000, budgetFen: 260_000 });
    const [first, second] = [await aSession(t, checkup, { capacity: 1 }), await aSession(t, checkup, { capacity: 1 })];
    const held = await claim(man, checkup.id, { sessionId: first.id }).expect(201);
    await claim(otherMan, checkup.id, { sessionId: second.id }).expect(201);
    const head = await claim(woman, checkup.id, { sessionId: first.id }).expect(201);
    const behind = await claim(nextMan, checkup.id, { sessionId: first.id }).expect(201);
    expect([head.body.status, behind.body.status]).toEqual(['waitlisted', 'waitlisted']);

    // The cancellation leaves ¥1,400: not enough for her ¥1,500, enough for the man behind her.
    await t.http().post(`/api/v1/claims/${held.body.id}/cancel`).set('authorization', man.token).expect(200);
    const statuses = await t.db.query(`SELECT id, status FROM benefit_claims WHERE id = ANY($1)`, [[head.body.id, behind.body.id]]);
    expect(Object.fromEntries(statuses.map((r: { id: string; status: string }) => [r.id, r.status]))).toEqual({
      [head.body.id]: 'waitlisted',
      [behind.body.id]: 'confirmed',
    });
    expect(await checkInvariants(t, checkup.id)).toMatchObject({ confirmed: 2, waitlisted: 1, spent: 240_000 });
    const waiting = await t.http().get(`/api/v1/claims/${head.body.id}`).set('authorization', woman.token).expect(200);
    expect(waiting.body.waitlistPosition).toBe(1);
  });

  it('promotes nobody into a session that has started when a claim ahead is rejected', async () => {
    const [a, b] = await insertMembers(t, 2);
    const trip = await aProgramme(t, { hasSessions: true, hasWaitlist: true, requiresApproval: true, costFen: 10_000 });
    const batch = await aSession(t, trip, { capacity: 1 });
    const pending = await claim(a, trip.id, { sessionId: batch.id }).expect(201);
    const waiting = await claim(b, trip.id, { sessionId: batch.id }).expect(201);
    expect([pending.body.status, waiting.body.status]).toEqual(['pending_review', 'waitlisted']);
    await t.db.query(`UPDATE benefit_sessions SET starts_at = now() - interval '1 hour' WHERE id = $1`, [batch.id]);

    const admin = await signInStaff(t, 'district-admin');
    await t.http().post(`/api/v1/admin/claims/${pending.body.id}/reject`).set('authorization', admin).send({ reason: '资料不全，请补充' }).expect(200);
    const [row] = await t.db.query(`SELECT status FROM benefit_claims WHERE id = $1`, [waiting.body.id]);
    expect(row.status).toBe('waitlisted');
    expect(await promoteStranded(t.db, t.app.get(AuditService))).toBe(0);
    expect(await checkInvariants(t, trip.id)).toMatchObject({ waitlisted: 1, spent: 0, sessions: [{ remaining: 1, held: 0 }] });
  });

  it('hides a programme staff closed from workers (404) but not from staff', async () => {
    const closed = await aProgramme(t, { active: false, hasSessions: true });
    await aSession(t, closed);
    expect((await t.http().get(`/api/v1/benefits/${closed.id}`).set('authorization', member.token)).status).toBe(404);
    expect((await t.http().get(`/api/v1/benefits/${closed.id}/sessions`).set('authorization', member.token)).status).toBe(404);
    const admin = await signInStaff(t, 'district-admin');
    await t.http().get(`/api/v1/admin/benefits/${closed.id}`).set('authorization', admin).expect(200);
  });

  it('sweeps a place left free to the first waitlisted claim', async () => {
    const [a, b, c] = await insertMembers(t, 3);
    const trip = await aProgramme(t, { hasSessions: true, hasWaitlist: true, costFen: 100_000 });
    const batch = await aSession(t, trip, { capacity: 1 });
    await claim(a, trip.id, { sessionId: batch.id }).expect(201);
    const first = await claim(b, trip.id, { sessionId: batch.id }).expect(201);
    await claim(c, trip.id, { sessionId: batch.id }).expect(201);
    // The end state of a claim that found the batch full while a cancellation was committing.
    await t.db.query(`UPDATE benefit_claims SET status = 'cancelled' WHERE user_id = $1 AND programme_id = $2`, [a.userId, trip.id]);
    await t.db.query(`UPDATE benefit_sessions SET remaining = 1 WHERE id = $1`, [batch.id]);
    await t.db.query(`UPDATE benefit_programmes SET spent_fen = 0 WHERE id = $1`, [trip.id]);

    expect(await promoteStranded(t.db, t.app.get(AuditService))).toBe(1);
    const mine = await t.http().get('/api/v1/claims/me').set('authorization', b.token).expect(200);
    expect(mine.body.items[0]).toMatchObject({ id: first.body.id, status: 'confirmed' });
    expect(await checkInvariants(t, trip.id)).toMatchObject({ confirmed: 1, waitlisted: 1, spent: 100_000 });
    expect(await promoteStranded(t.db, t.app.get(AuditService))).toBe(0);
  });

  it('refuses to cancel after the deadline', async () => {
    const [a] = await insertMembers(t, 1);
    const soon = await aProgramme(t, { hasSessions: true, cancelHoursBefore: 48 });
    const session = await aSession(t, soon, { startsAt: new Date(Date.now() + DAY_MS) });
    const claimed = await claim(a, soon.id, { sessionId: session.id }).expect(201);
    expect(claimed.body).toMatchObject({
      session: { id: session.id, startsAt: session.startsAt.toISOString() },
      cancellableUntil: new Date(session.startsAt.getTime() - 48 * 3600_000).toISOString(),
    });
    const late = await t.http().post(`/api/v1/claims/${claimed.body.id}/cancel`).set('authorization', a.token);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('CANCELLATION_DEADLINE_PASSED');
  });

  it('opens a batch to couriers first; others see when they may register', async () => {
    const [courier] = await insertMembers(t, 1, { occupation: 'courier' });
    const [rider] = await insertMembers(t, 1, { occupation: 'food_delivery' });
    const trip = await aProgramme(t, { hasSessions: true, rules: { priority: { occupations: ['courier'], daysEarly: 3 } } });
    const batch = await aSession(t, trip, { opensAt: new Date(Date.now() + DAY_MS) });
    await claim(courier, trip.id, { sessionId: batch.id }).expect(201);
    const early = await claim(rider, trip.id, { sessionId: batch.id });
    expect(early.status).toBe(403);
    expect(early.body.details[0]).toMatchObject({ reason: 'NOT_OPEN_YET', message: expect.stringContaining('优先向快递员开放') });
    const sessions = await t.http().get(`/api/v1/benefits/${trip.id}/sessions`).set('authorization', rider.token).expect(200);
    expect(sessions.body.items[0].opensAtForMe).toBe(batch.opensAt.toISOString());
  });

  it('holds a place while staff review; rejecting frees it and approving confirms', async () => {
    const [a, b] = await insertMembers(t, 2);
    const aid = await aProgramme(t, { requiresApproval: true, capacity: 5, costFen: 10_000, budgetFen: 1_000_000 });
    const first = await claim(a, aid.id).expect(201);
    const second = await claim(b, aid.id).expect(201);
    expect(first.body.status).toBe('pending_review');
    const admin = await signInStaff(t, 'district-admin');
    await t.http().post(`/api/v1/admin/claims/${first.body.id}/approve`).set('authorization', admin).expect(200);
    const rejected = await t
      .http()
      .post(`/api/v1/admin/claims/${second.body.id}/reject`)
      .set('authorization', admin)
      .send({ reason: '资料不全，请补充' })
      .expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectReason: '资料不全，请补充' });
    const twice = await t.http().post(`/api/v1/admin/claims/${first.body.id}/approve`).set('authorization', admin);
    expect(twice.body.code).toBe('CLAIM_NOT_PENDING_REVIEW');
    expect(await checkInvariants(t, aid.id)).toMatchObject({ confirmed: 1, spent: 10_000 });
  });

  it('expires claims not redeemed by the end of their session and gives the money back', async () => {
    const [a] = await insertMembers(t, 1);
    const programme = await aProgramme(t, { hasSessions: true, costFen: 5_000, budgetFen: 100_000 });
    const session = await aSession(t, programme);
    const claimed = await claim(a, programme.id, { sessionId: session.id }).expect(201);
    await t.db.query(
      `UPDATE benefit_sessions SET starts_at = now() - interval '2 days', ends_at = now() - interval '1 day', opens_at = now() - interval '3 days' WHERE id = $1`,
      [session.id],
    );
    expect(await t.app.get(ClaimExpiryService).expireEnded()).toBeGreaterThanOrEqual(1);
    const mine = await t.http().get('/api/v1/claims/me').set('authorization', a.token).expect(200);
    expect(mine.body.items.find((c: { id: string }) => c.id === claimed.body.id).status).toBe('expired');
    expect(await checkInvariants(t, programme.id)).toMatchObject({ spent: 0 });
  });
});
