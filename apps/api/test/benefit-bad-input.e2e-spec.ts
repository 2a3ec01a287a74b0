import { BenefitClaim } from '../src/benefits/benefit-claim.entity';
import { BenefitProgramme } from '../src/benefits/benefit-programme.entity';
import { BenefitSession } from '../src/benefits/benefit-session.entity';
import { aProgramme, aSession, insertMembers } from './support/benefits';
import { signInStaff } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

const DAY_MS = 86_400_000;
const NOWHERE = '00000000-0000-4000-8000-000000000000';

// Bad input to the benefits admin and claim routes: every one a 4xx with a stable code naming the
// field, and nothing written (the fuzzing run's findings).
describe('benefits refuse bad input with 4xx and write nothing', () => {
  let t: TestApp;
  let admin: string;
  let keys = 0;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInStaff(t, 'district-admin');
  });
  afterAll(() => t.close());

  const valid = () => ({
    name: '测试福利',
    periodStart: new Date(Date.now() - DAY_MS).toISOString(),
    periodEnd: new Date(Date.now() + 90 * DAY_MS).toISOString(),
    claimPeriod: 'year',
    hasSessions: false,
    costFen: 2_000,
  });
  const create = (body: object) => t.http().post('/api/v1/admin/benefits').set('authorization', admin).send(body);
  const patch = (id: string, body: object) => t.http().patch(`/api/v1/admin/benefits/${id}`).set('authorization', admin).send(body);
  const patchSession = (session: BenefitSession, body: object) =>
    t.http().patch(`/api/v1/admin/benefits/${session.programmeId}/sessions/${session.id}`).set('authorization', admin).send(body);
  const claim = (who: { token: string }, programmeId: string, body: object = {}) =>
    t.http().post(`/api/v1/benefits/${programmeId}/claims`).set('authorization', who.token).set('idempotency-key', `bad-${++keys}`).send(body);
  const stored = (id: string) => t.db.getRepository(BenefitProgramme).findOneByOrFail({ id });
  const programmeCount = () => t.db.getRepository(BenefitProgramme).count();
  const expectRefused = (response: { status: number; body: { code: string; details?: { field: string }[] } }, field: string) => {
    expect({ status: response.status, code: response.body.code, field: response.body.details?.[0]?.field }).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
      field,
    });
  };

  it('refuses null for a programme field that cannot be empty with 400 naming the field, changing nothing', async () => {
    const programme = await aProgramme(t);
    const fields = [
      'name',
      'description',
      'orgId',
      'active',
      'rules',
      'claimPeriod',
      'hasSessions',
      'costFen',
      'requiresApproval',
      'hasWaitlist',
      'cancelHoursBefore',
      'periodStart',
      'periodEnd',
      'providerUserIds',
    ];
    for (const field of fields) expectRefused(await patch(programme.id, { [field]: null }), field);
    expect(await stored(programme.id)).toEqual(programme);

    const before = await programmeCount();
    for (const field of ['code', 'description', 'orgId', 'active', 'rules', 'requiresApproval', 'hasWaitlist', 'cancelHoursBefore', 'providerUserIds']) {
      expectRefused(await create({ ...valid(), [field]: null }), field);
    }
    expect(await programmeCount()).toBe(before);
  });

  it('refuses null for a session field with 400 naming the field, changing nothing', async () => {
    const session = await aSession(t, await aProgramme(t, { hasSessions: true }));
    for (const field of ['name', 'location', 'opensAt', 'startsAt', 'endsAt', 'capacity']) expectRefused(await patchSession(session, { [field]: null }), field);
    expect(await t.db.getRepository(BenefitSession).findOneByOrFail({ id: session.id })).toEqual(session);
  });

  it('accepts null where it has a meaning: no budget, no overall places, one cost for everyone', async () => {
    const programme = await aProgramme(t, { budgetFen: 100_000, capacity: 5, costFenFemale: 3_000 });
    const response = await patch(programme.id, { budgetFen: null, capacity: null, costFenFemale: null }).expect(200);
    expect(response.body).toMatchObject({ budgetFen: null, capacity: null, remaining: null, costFenFemale: null });
  });

  it('refuses integers beyond their columns (places, fen) with 400 saying the limit', async () => {
    const tooBig = await create({ ...valid(), costFen: 3_000_000_000 });
    expectRefused(tooBig, 'costFen');
    expect(tooBig.body.details[0].message).toContain('100万元');
    expectRefused(await create({ ...valid(), costFenFemale: 3_000_000_000 }), 'costFenFemale');
    expectRefused(await create({ ...valid(), capacity: 2_147_483_648 }), 'capacity');
    expectRefused(await create({ ...valid(), budgetFen: 1e15 }), 'budgetFen');
    const programme = await aProgramme(t, { capacity: 5 });
    expectRefused(await patch(programme.id, { capacity: 1e12 }), 'capacity');
    expectRefused(await patchSession(await aSession(t, await aProgramme(t, { hasSessions: true })), { capacity: 2_147_483_648 }), 'capacity');
    // The largest accepted values fit their columns.
    await create({ ...valid(), costFen: 100_000_000, costFenFemale: 100_000_000, capacity: 1_000_000, budgetFen: 100_000_000_000 }).expect(201);
  });

  it('refuses dates JavaScript cannot read, without an offset, or outside 2000–2100', async () => {
    const programme = await aProgramme(t);
    const session = await aSession(t, await aProgramme(t, { hasSessions: true }));
    const bad = ['2026-W01-1', '20271231', '2026-01-01T00:00:00,5Z', '2026-06-01T08:00:00', '9999-12-31T23:59:59-23:59', '1000-01-01'];
    for (const value of bad) {
      expectRefused(await create({ ...valid(), periodStart: value }), 'periodStart');
      expectRefused(await patch(programme.id, { periodEnd: value }), 'periodEnd');
      for (const field of ['opensAt', 'startsAt', 'endsAt']) expectRefused(await patchSession(session, { [field]: value }), field);
    }
    expect(await stored(programme.id)).toEqual(programme);
    await patch(programme.id, { periodEnd: '2099-12-31' }).expect(200);
  });

  it('answers 404 for an orgId that is no union (unknown, or a station’s id), even to the district admin', async () => {
    const [station] = await t.db.query(`SELECT id FROM stations LIMIT 1`);
    const programme = await aProgramme(t);
    for (const orgId of [NOWHERE, station.id]) {
      const created = await create({ ...valid(), orgId });
      expect({ status: created.status, code: created.body.code, message: created.body.message }).toEqual({
        status: 404,
        code: 'NOT_FOUND',
        message: '工会组织不存在或无权查看',
      });
      expect((await patch(programme.id, { orgId })).status).toBe(404);
    }
    expect(await stored(programme.id)).toEqual(programme);
  });

  it('refuses rules that are not objects, and stored malformed rules never fail a member', async () => {
    const programme = await aProgramme(t, { hasSessions: true, claimPeriod: 'session' });
    const session = await aSession(t, programme);
    expectRefused(await patch(programme.id, { rules: [] }), 'rules');
    expectRefused(await patch(programme.id, { rules: { priority: [] } }), 'rules.priority');
    expectRefused(await patch(programme.id, { rules: { priority: [{ occupations: ['courier'], daysEarly: 2 }] } }), 'rules.priority');
    expectRefused(await patch(programme.id, { rules: { occupations: null } }), 'rules.occupations');
    expectRefused(await patch(programme.id, { rules: { priority: { occupations: 'courier', daysEarly: 2 } } }), 'rules.priority.occupations');
    expect((await stored(programme.id)).rules).toEqual({});
    await patch(programme.id, { rules: { priority: { occupations: ['courier'], daysEarly: 2 } } }).expect(200);

    // Rows written before the rules were checked: members still get answers.
    await t.db.query(`UPDATE benefit_programmes SET rules = '{"priority": [], "occupations": "courier"}' WHERE id = $1`, [programme.id]);
    const [member] = await insertMembers(t, 1);
    await t.http().get(`/api/v1/benefits/${programme.id}`).set('authorization', member.token).expect(200);
    await t.http().get(`/api/v1/benefits/${programme.id}/sessions`).set('authorization', member.token).expect(200);
    await claim(member, programme.id, { sessionId: session.id }).expect(201);
  });

  it('refuses to switch hasSessions either way once a programme has claims or sessions (409)', async () => {
    const withClaims = await aProgramme(t, { claimPeriod: 'season' });
    const [member] = await insertMembers(t, 1);
    await claim(member, withClaims.id).expect(201);
    const switched = await patch(withClaims.id, { hasSessions: true });
    expect({ status: switched.status, code: switched.body.code, message: switched.body.message }).toEqual({
      status: 409,
      code: 'CONFLICT',
      message: '已有申领或批次的项目不能改变是否分批次',
    });
    expect((await stored(withClaims.id)).hasSessions).toBe(false);

    const withSessions = await aProgramme(t, { hasSessions: true });
    await aSession(t, withSessions);
    expect((await patch(withSessions.id, { hasSessions: false })).status).toBe(409);
    // Unused, it may still change its mind; sending the same value is no switch.
    await patch((await aProgramme(t)).id, { hasSessions: true }).expect(200);
    await patch(withClaims.id, { hasSessions: false, name: '改名' }).expect(200);
  });

  it('trims names and reasons before checking their length', async () => {
    expectRefused(await create({ ...valid(), name: '    ' }), 'name');
    const created = await create({ ...valid(), name: '  冬季暖心包  ' }).expect(201);
    expect(created.body.name).toBe('冬季暖心包');
    const session = await aSession(t, await aProgramme(t, { hasSessions: true }));
    expectRefused(await patchSession(session, { name: ' \t ' }), 'name');

    const reviewed = await aProgramme(t, { requiresApproval: true });
    const [member] = await insertMembers(t, 1);
    const pending = await claim(member, reviewed.id).expect(201);
    const reject = (reason: string) => t.http().post(`/api/v1/admin/claims/${pending.body.id}/reject`).set('authorization', admin).send({ reason });
    expectRefused(await reject('   '), 'reason');
    expect((await t.db.getRepository(BenefitClaim).findOneByOrFail({ id: pending.body.id })).status).toBe('pending_review');
    await reject('  材料不全  ').expect(200);
    expect((await t.db.getRepository(BenefitClaim).findOneByOrFail({ id: pending.body.id })).rejectReason).toBe('材料不全');
  });
});
