import { randomUUID } from 'node:crypto';
import { ConsoleReads1796200000001 } from '../src/database/migrations/1796200000001-ConsoleReads';
import { anApplication } from './support/factories';
import { signInStaff, signInWorker } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

const HAN = /[\u4e00-\u9fff]/;

describe('the review queue of the staff console', () => {
  let t: TestApp;
  let keqiaoStaff: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    keqiaoStaff = await signInStaff(t, 'keqiao-staff');
    admin = await signInStaff(t, 'district-admin');
  });
  afterAll(() => t.close());

  const apply = async (overrides: Record<string, unknown>) => {
    const worker = await signInWorker(t);
    const answer = await t
      .http()
      .post('/api/v1/membership/applications')
      .set('authorization', worker.token)
      .send(anApplication({ phone: worker.phone, ...overrides }))
      .expect(201);
    return answer.body as { id: string; targetOrg: { id: string; name: string } };
  };
  const queue = async (token: string, query: Record<string, string> = {}) =>
    (
      await t
        .http()
        .get('/api/v1/admin/applications')
        .query({ pageSize: '100', ...query })
        .set('authorization', token)
        .expect(200)
    ).body as {
      items: { id: string; status: string; submittedAt: string; routingReason: string; targetOrg: { id: string } }[];
      total: number;
    };
  const idsOf = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
  const submittedAt = (id: string, at: string) => t.db.query(`UPDATE membership_applications SET submitted_at = $2 WHERE id = $1`, [id, at]);
  const orgIdOf = async (code: string) => (await t.db.query<{ id: string }[]>(`SELECT id FROM orgs WHERE code = $1`, [code]))[0].id;

  it('says why each application went to its union: by employer or by town', async () => {
    const rider = await apply({ employer: 'meituan', occupation: 'food_delivery', townCode: 'keqiao' });
    const other = await apply({ employer: 'eleme', occupation: 'food_delivery', townCode: 'keqiao' });
    const listed = await queue(admin);
    const reasonOf = (id: string) => listed.items.find((item) => item.id === id)!.routingReason;
    expect(reasonOf(rider.id)).toBe(`按工作单位「美团」路由至${rider.targetOrg.name}`);
    expect(reasonOf(other.id)).toBe(`按所在镇街「柯桥街道」路由至${other.targetOrg.name}（工作单位「饿了么」没有对应的基层工会）`);
    const stored = await t.db.query(`SELECT routing_reason FROM membership_applications WHERE id = $1`, [rider.id]);
    expect(stored[0].routing_reason).toBe(reasonOf(rider.id));
  });

  it('back-fills the reason of applications made before it was stored', async () => {
    const old = await apply({ employer: 'zto', townCode: 'anchang' });
    await t.db.query(`ALTER TABLE membership_applications DROP COLUMN routing_reason`);
    await t.db.query(`DROP INDEX ix_membership_applications_status_submitted`);
    const runner = t.db.createQueryRunner();
    try {
      await new ConsoleReads1796200000001().up(runner);
    } finally {
      await runner.release();
    }
    const [{ missing }] = await t.db.query(`SELECT count(*)::int AS missing FROM membership_applications WHERE routing_reason IS NULL`);
    expect(missing).toBe(0);
    const [row] = await t.db.query(`SELECT routing_reason FROM membership_applications WHERE id = $1`, [old.id]);
    expect(row.routing_reason).toBe(`按工作单位「中通快递」路由至${old.targetOrg.name}`);
  });

  it('lists pending applications oldest first and filters by town, union, occupation and Beijing days', async () => {
    const a = await apply({ employer: 'other', occupation: 'domestic_worker', townCode: 'keqiao' });
    const b = await apply({ employer: 'other', occupation: 'domestic_worker', townCode: 'keqiao' });
    const c = await apply({ employer: 'other', occupation: 'domestic_worker', townCode: 'anchang' });
    // 23:59:59 and 00:00:00 Beijing time: one second apart, on two days there, on one day in UTC.
    await submittedAt(a.id, '2025-03-01T15:59:59Z');
    await submittedAt(b.id, '2025-03-01T16:00:00Z');
    await submittedAt(c.id, '2025-02-20T02:00:00Z');

    const all = await queue(admin);
    expect(all.items.every((item) => item.status === 'pending')).toBe(true);
    const times = all.items.map((item) => Date.parse(item.submittedAt));
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(idsOf(all).slice(0, 3)).toEqual([c.id, a.id, b.id]);

    expect(idsOf(await queue(admin, { from: '2025-03-01', to: '2025-03-01' }))).toEqual([a.id]);
    expect(idsOf(await queue(admin, { from: '2025-03-02', to: '2025-03-02' }))).toEqual([b.id]);
    expect(idsOf(await queue(admin, { to: '2025-03-01' }))).toEqual([c.id, a.id]);
    expect(idsOf(await queue(admin, { occupation: 'domestic_worker', townCode: 'keqiao' }))).toEqual([a.id, b.id]);
    expect(idsOf(await queue(admin, { occupation: 'domestic_worker', orgId: await orgIdOf('joint:anchang') }))).toEqual([c.id]);
    // A union above the routed one takes in its subtree; town staff still see only their own.
    expect(idsOf(await queue(admin, { occupation: 'domestic_worker', orgId: await orgIdOf('town:anchang') }))).toEqual([c.id]);
    expect(idsOf(await queue(keqiaoStaff, { occupation: 'domestic_worker' }))).toEqual([a.id, b.id]);
    expect(idsOf(await queue(keqiaoStaff, { occupation: 'domestic_worker', orgId: await orgIdOf('joint:anchang') }))).toEqual([]);

    await t.http().post(`/api/v1/admin/applications/${a.id}/reject`).set('authorization', admin).send({ reason: '材料不全' }).expect(200);
    expect(idsOf(await queue(admin, { occupation: 'domestic_worker' }))).toEqual([c.id, b.id]);
    expect(idsOf(await queue(admin, { occupation: 'domestic_worker', status: 'rejected' }))).toEqual([a.id]);
  });

  it.each([
    ['status', 'done'],
    ['status', ''],
    ['townCode', 'beijing'],
    ['orgId', 'not-a-uuid'],
    ['occupation', 'astronaut'],
    ['from', '2025-02-30'],
    ['from', '2025/03/01'],
    ['to', '2025-03-01T00:00:00Z'],
    ['sort', 'newest'],
  ])('refuses %s=%s with a Chinese message', async (field, value) => {
    const answer = await t
      .http()
      .get('/api/v1/admin/applications')
      .query({ [field]: value })
      .set('authorization', admin);
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
    expect(answer.body.details).toEqual([{ field, message: expect.stringMatching(HAN) }]);
  });

  it('refuses a day range that ends before it starts', async () => {
    const answer = await t.http().get('/api/v1/admin/applications?from=2025-03-02&to=2025-03-01').set('authorization', admin);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'to', message: expect.stringMatching(HAN) }] });
  });

  it('shows one application with its review, and hides other towns’ with 404', async () => {
    const ours = await apply({ employer: 'other', townCode: 'keqiao' });
    const theirs = await apply({ employer: 'other', townCode: 'anchang' });
    const before = await t.http().get(`/api/v1/admin/applications/${ours.id}`).set('authorization', keqiaoStaff).expect(200);
    expect(before.body).toMatchObject({
      id: ours.id,
      status: 'pending',
      reviewedBy: null,
      memberNumber: null,
      routingReason: expect.stringContaining('柯桥街道'),
    });
    const approved = await t.http().post(`/api/v1/admin/applications/${ours.id}/approve`).set('authorization', keqiaoStaff).expect(200);
    const after = await t.http().get(`/api/v1/admin/applications/${ours.id}`).set('authorization', keqiaoStaff).expect(200);
    expect(after.body).toMatchObject({ status: 'approved', memberNumber: approved.body.memberNumber, reviewedBy: { displayName: '柯桥街道工会干事' } });
    expect(after.body.phoneMasked).toMatch(/^\d{3}\*{4}\d{4}$/);

    for (const id of [theirs.id, randomUUID(), 'not-a-uuid']) {
      const answer = await t.http().get(`/api/v1/admin/applications/${id}`).set('authorization', keqiaoStaff);
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('NOT_FOUND');
    }
    await t.http().get(`/api/v1/admin/applications/${theirs.id}`).set('authorization', admin).expect(200);
  });

  describe('bulk approval', () => {
    it('approves each in its own transaction and reports the ones it could not', async () => {
      const ours = [await apply({ employer: 'other', townCode: 'keqiao' }), await apply({ employer: 'other', townCode: 'keqiao' })];
      const theirs = await apply({ employer: 'other', townCode: 'anchang' });
      const done = await apply({ employer: 'other', townCode: 'keqiao' });
      await t.http().post(`/api/v1/admin/applications/${done.id}/approve`).set('authorization', keqiaoStaff).expect(200);
      const missing = randomUUID();

      const answer = await t
        .http()
        .post('/api/v1/admin/applications/bulk-approve')
        .set('authorization', keqiaoStaff)
        .send({ ids: [ours[0].id, theirs.id, done.id, ours[1].id, missing, ours[0].id] })
        .expect(200);
      expect(answer.body.approved).toEqual([ours[0].id, ours[1].id]);
      expect(answer.body.failed).toEqual([
        { id: theirs.id, code: 'NOT_FOUND', message: expect.stringMatching(HAN) },
        { id: done.id, code: 'APPLICATION_NOT_PENDING', message: expect.stringMatching(HAN) },
        { id: missing, code: 'NOT_FOUND', message: expect.stringMatching(HAN) },
      ]);
      const members = await t.db.query(`SELECT application_id FROM members WHERE application_id = ANY($1)`, [[...ours, theirs].map((a) => a.id)]);
      expect(members.map((m: { application_id: string }) => m.application_id).sort()).toEqual(ours.map((a) => a.id).sort());
      const audit = await t.db.query(`SELECT entity_id FROM audit_entries WHERE action = 'membership.application.approved' AND entity_id = ANY($1)`, [
        [...ours, theirs].map((a) => a.id),
      ]);
      expect(audit).toHaveLength(2);
      const [{ status }] = await t.db.query(`SELECT status FROM membership_applications WHERE id = $1`, [theirs.id]);
      expect(status).toBe('pending');
    });

    it.each([
      ['no ids', {}],
      ['an empty list', { ids: [] }],
      ['101 ids', { ids: Array.from({ length: 101 }, () => randomUUID()) }],
      ['a malformed id', { ids: ['not-a-uuid'] }],
      ['ids that are not a list', { ids: randomUUID() }],
      ['an unknown field', { ids: [randomUUID()], force: true }],
    ])('refuses %s', async (_name, body) => {
      const answer = await t.http().post('/api/v1/admin/applications/bulk-approve').set('authorization', admin).send(body);
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
      expect(answer.body.details[0].message).toMatch(HAN);
    });
  });

  describe('revealing a whole ID number', () => {
    it('asks for a reason and keeps it with the audited read', async () => {
      const application = await apply({ employer: 'other', townCode: 'keqiao' });
      const path = `/api/v1/admin/applications/${application.id}/id-number`;
      for (const body of [{}, { reason: '' }, { reason: '看' }, { reason: '  看 ' }, { reason: '看'.repeat(201) }, { reason: 42 }]) {
        const answer = await t.http().post(path).set('authorization', keqiaoStaff).send(body);
        expect(answer.status).toBe(400);
        expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'reason', message: expect.stringMatching(HAN) }] });
      }
      expect((await t.http().get(path).set('authorization', keqiaoStaff)).status).toBe(404);
      const revealed = await t.http().post(path).set('authorization', keqiaoStaff).send({ reason: ' 核对身份证原件 ' }).expect(200);
      expect(revealed.body.idNumber).toMatch(/^\d{17}[\dX]$/);
      const audit = await t.db.query(`SELECT action, detail FROM audit_entries WHERE entity_id = $1 AND action LIKE '%id_number%'`, [application.id]);
      expect(audit).toEqual([{ action: 'membership.id_number.revealed', detail: { reason: '核对身份证原件' } }]);
    });
  });
});
