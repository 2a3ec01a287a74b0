import { randomUUID } from 'node:crypto';
import { maskPhone } from '@kgh/shared';
import { parseCsv } from '../src/common/csv';
import { signRedemptionCode } from '../src/benefits/redemption-code';
import { aProgramme, aSession } from './support/benefits';
import { aMember, signInStaff } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

const HAN = /[\u4e00-\u9fff]/;

type Joined = Awaited<ReturnType<typeof aMember>> & { id: string };

describe('members in the staff console', () => {
  let t: TestApp;
  let keqiaoStaff: string;
  let admin: string;
  let provider: string;
  let hong: Joined;
  let ming: Joined;
  let anchang: Joined;

  const join = async (application: Record<string, unknown>): Promise<Joined> => {
    const member = await aMember(t, application);
    const [{ id }] = await t.db.query(`SELECT id FROM members WHERE member_number = $1`, [member.memberNumber]);
    return { ...member, id };
  };
  const search = async (token: string, query: Record<string, string>) =>
    (
      await t
        .http()
        .get('/api/v1/admin/members')
        .query({ pageSize: '100', ...query })
        .set('authorization', token)
        .expect(200)
    ).body as {
      items: { id: string; memberNumber: string; name: string; phoneMasked: string; idNumberMasked: string; union: { name: string } }[];
      total: number;
    };
  const idsOf = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
  const orgIdOf = async (code: string) => (await t.db.query<{ id: string }[]>(`SELECT id FROM orgs WHERE code = $1`, [code]))[0].id;

  beforeAll(async () => {
    t = await startTestApp();
    keqiaoStaff = await signInStaff(t, 'keqiao-staff');
    admin = await signInStaff(t, 'district-admin');
    provider = await signInStaff(t, 'provider-demo');
    hong = await join({ name: '陈小红', employer: 'eleme', occupation: 'food_delivery', townCode: 'keqiao' });
    ming = await join({ name: '李明', employer: 'other', occupation: 'courier', townCode: 'keqiao' });
    anchang = await join({ name: '陈红', employer: 'other', occupation: 'courier', townCode: 'anchang' });
  });
  afterAll(() => t.close());

  it('lists the members of the caller’s subtree, masked, newest first', async () => {
    const ours = await search(keqiaoStaff, {});
    expect(idsOf(ours)).toEqual(expect.arrayContaining([hong.id, ming.id]));
    expect(idsOf(ours)).not.toContain(anchang.id);
    expect(idsOf(await search(admin, {}))).toEqual(expect.arrayContaining([hong.id, ming.id, anchang.id]));
    const listed = ours.items.find((item) => item.id === hong.id)!;
    expect(listed).toMatchObject({
      memberNumber: hong.memberNumber,
      name: '陈小红',
      phoneMasked: maskPhone(hong.phone),
      idNumberMasked: expect.stringMatching(/^\*{14}[\dX]{4}$/),
      gender: 'male',
      occupation: 'food_delivery',
      union: { name: '柯桥街道新就业形态劳动者联合工会' },
    });
    expect(JSON.stringify(ours)).not.toContain(hong.phone);
    expect(idsOf(ours).indexOf(ming.id)).toBeLessThan(idsOf(ours).indexOf(hong.id));
  });

  it('finds a member by number (whole or its start), by phone, or by part of the name', async () => {
    expect(idsOf(await search(admin, { q: hong.memberNumber }))).toEqual([hong.id]);
    expect(idsOf(await search(admin, { q: hong.memberNumber.toLowerCase() }))).toEqual([hong.id]);
    expect(idsOf(await search(admin, { q: hong.memberNumber.slice(0, -1) }))).toContain(hong.id);
    expect(idsOf(await search(admin, { q: ming.phone }))).toEqual([ming.id]);
    expect(idsOf(await search(admin, { q: ming.phone.slice(0, 10) }))).toEqual([]);
    expect(idsOf(await search(admin, { q: '陈' })).sort()).toEqual([hong.id, anchang.id].sort());
    expect(idsOf(await search(keqiaoStaff, { q: '陈' }))).toEqual([hong.id]);
    expect(idsOf(await search(admin, { q: '小红' }))).toEqual([hong.id]);
    expect((await search(admin, { q: '%' })).total).toBe(0);
    expect((await search(admin, { q: '_' })).total).toBe(0);
  });

  it('filters by town and by union subtree, within the caller’s scope', async () => {
    expect(idsOf(await search(admin, { townCode: 'anchang' }))).toEqual([anchang.id]);
    expect(idsOf(await search(admin, { orgId: await orgIdOf('town:anchang') }))).toEqual([anchang.id]);
    expect(idsOf(await search(keqiaoStaff, { orgId: await orgIdOf('town:anchang') }))).toEqual([]);
    expect(idsOf(await search(keqiaoStaff, { townCode: 'keqiao', q: '李明' }))).toEqual([ming.id]);
  });

  it.each([
    ['q', ''],
    ['q', '长'.repeat(51)],
    ['townCode', 'beijing'],
    ['orgId', 'x'],
    ['pageSize', '1000'],
    ['page', '0'],
    ['sort', 'name'],
  ])('refuses %s=%s with a Chinese message', async (field, value) => {
    const answer = await t
      .http()
      .get('/api/v1/admin/members')
      .query({ [field]: value })
      .set('authorization', admin);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field, message: expect.stringMatching(HAN) }] });
  });

  it('shows a member’s history: the application, the claims and who redeemed what', async () => {
    const [{ id: providerId }] = await t.db.query(`SELECT id FROM users WHERE username = 'provider-demo'`);
    const checkup = await aProgramme(t, { name: '职工体检', hasSessions: true });
    const batch = await aSession(t, checkup, { name: '第二批' });
    const trip = await aProgramme(t, { name: '疗休养', claimPeriod: 'programme' });
    await t.db.query(`INSERT INTO benefit_programme_providers (programme_id, user_id) VALUES ($1, $2)`, [checkup.id, providerId]);
    const claim = async (programmeId: string, body: object) =>
      (
        await t
          .http()
          .post(`/api/v1/benefits/${programmeId}/claims`)
          .set('authorization', hong.token)
          .set('idempotency-key', randomUUID())
          .send(body)
          .expect(201)
      ).body as { id: string };
    const redeemed = await claim(checkup.id, { sessionId: batch.id });
    const cancelled = await claim(trip.id, {});
    const code = signRedemptionCode(redeemed.id, t.config.keys.redemption, new Date()).code;
    await t.http().post('/api/v1/redemptions').set('authorization', provider).send({ code, place: '柯桥医院体检中心' }).expect(201);
    await t.http().post(`/api/v1/claims/${cancelled.id}/cancel`).set('authorization', hong.token).expect(200);

    const detail = (await t.http().get(`/api/v1/admin/members/${hong.id}`).set('authorization', keqiaoStaff).expect(200)).body;
    expect(detail).toMatchObject({
      id: hong.id,
      memberNumber: hong.memberNumber,
      name: '陈小红',
      employer: 'eleme',
      townCode: 'keqiao',
      application: {
        id: hong.applicationId,
        reviewedBy: { displayName: '区总工会管理员' },
        routingReason: expect.stringContaining('按所在镇街「柯桥街道」'),
      },
    });
    expect(detail.application.submittedAt).toEqual(expect.any(String));
    expect(detail.application.reviewedAt).toEqual(expect.any(String));
    expect(detail.claims.map((c: { id: string }) => c.id)).toEqual([cancelled.id, redeemed.id]);
    expect(detail.claims[0]).toMatchObject({ programmeName: '疗休养', status: 'cancelled', cancelledAt: expect.any(String) });
    expect(detail.claims[1]).toMatchObject({
      programmeName: '职工体检',
      session: { id: batch.id, name: '第二批' },
      status: 'redeemed',
      confirmedAt: expect.any(String),
      redeemedAt: expect.any(String),
    });
    expect(detail.redemptions).toEqual([
      {
        claimId: redeemed.id,
        programmeId: checkup.id,
        programmeName: '职工体检',
        sessionName: '第二批',
        redeemedAt: detail.claims[1].redeemedAt,
        redeemedBy: { id: providerId, displayName: '合作体检医院核销员' },
        redeemedOrg: { id: await orgIdOf('district'), name: expect.any(String) },
        redeemedPlace: '柯桥医院体检中心',
      },
    ]);
    expect(JSON.stringify(detail)).not.toContain(hong.phone);

    // The console's claim list names the member (masked), the batch and who redeemed it.
    const claims = await t.http().get(`/api/v1/admin/claims?programmeId=${checkup.id}&status=redeemed`).set('authorization', admin).expect(200);
    expect(claims.body.items).toEqual([
      expect.objectContaining({
        id: redeemed.id,
        memberNumber: hong.memberNumber,
        memberNameMasked: '陈**',
        programmeName: '职工体检',
        session: expect.objectContaining({ name: '第二批' }),
        status: 'redeemed',
        redeemedAt: detail.claims[1].redeemedAt,
        redeemedBy: providerId,
        redeemer: { id: providerId, displayName: '合作体检医院核销员' },
        redeemedOrg: { id: await orgIdOf('district'), name: expect.any(String) },
      }),
    ]);
  });

  it('hides members of other towns, unknown ids and malformed ids with 404', async () => {
    for (const id of [anchang.id, randomUUID(), 'not-a-uuid']) {
      const answer = await t.http().get(`/api/v1/admin/members/${id}`).set('authorization', keqiaoStaff);
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('NOT_FOUND');
    }
    await t.http().get(`/api/v1/admin/members/${anchang.id}`).set('authorization', admin).expect(200);
  });

  it('exports the members in scope as CSV with Chinese headers, masked, formula-safe, and audits the export', async () => {
    await t.db.query(`UPDATE membership_applications SET name = '=HYPERLINK("http://x")' WHERE id = $1`, [ming.applicationId]);
    const answer = await t.http().get('/api/v1/admin/members/export').set('authorization', keqiaoStaff).expect(200);
    expect(answer.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(answer.headers['content-disposition']).toContain('members.csv');
    expect(answer.text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(answer.text).map((record) => record.fields);
    expect(header).toEqual(['会员编号', '姓名', '手机号', '身份证号', '性别', '职业', '所属工会', '所在镇街', '入会时间']);
    const byNumber = new Map(rows.map((row) => [row[0], row]));
    expect(byNumber.has(anchang.memberNumber)).toBe(false);
    expect(byNumber.get(hong.memberNumber)).toEqual([
      hong.memberNumber,
      '陈小红',
      maskPhone(hong.phone),
      expect.stringMatching(/^\*{14}[\dX]{4}$/),
      '男',
      '外卖骑手',
      '柯桥街道新就业形态劳动者联合工会',
      '柯桥街道',
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
    ]);
    expect(answer.text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(answer.text).not.toContain(hong.phone);

    const filtered = await t.http().get('/api/v1/admin/members/export').query({ q: '小红' }).set('authorization', keqiaoStaff).expect(200);
    expect(parseCsv(filtered.text).map((record) => record.fields[0])).toEqual(['会员编号', hong.memberNumber]);
    const bad = await t.http().get('/api/v1/admin/members/export?page=2').set('authorization', keqiaoStaff);
    // A file route that fails answers the JSON error, not a CSV attachment.
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/json/);
    expect(bad.headers['content-disposition']).toBeUndefined();
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'page', message: expect.stringMatching(HAN) }] });

    const audit = await t.db.query(`SELECT detail FROM audit_entries WHERE action = 'membership.members.exported' ORDER BY id`);
    expect(audit.map((row: { detail: { q: string | null; count: number } }) => row.detail)).toEqual([
      { q: null, townCode: null, orgId: null, count: rows.length },
      { q: '小红', townCode: null, orgId: null, count: 1 },
    ]);
  });
});
