import { Org } from '../src/orgs/org.entity';
import { aProgramme, insertMembers } from './support/benefits';
import { signInStaff } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

describe('staff manage programmes, sessions and claims in their subtree', () => {
  let t: TestApp;
  let admin: string;
  let townStaff: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInStaff(t, 'district-admin');
    townStaff = await signInStaff(t, 'keqiao-staff');
  });
  afterAll(() => t.close());

  const programme = {
    name: '柯桥街道 骑手夏日关爱',
    periodStart: new Date(Date.now() - 86_400_000).toISOString(),
    periodEnd: new Date(Date.now() + 90 * 86_400_000).toISOString(),
    claimPeriod: 'session',
    hasSessions: true,
    costFen: 2_000,
    budgetFen: 100_000,
    rules: { occupations: ['food_delivery'], minMembershipDays: 0 },
  };
  const session = (capacity: number) => ({
    name: '第一场',
    location: '柯桥街道职工驿站',
    opensAt: new Date(Date.now() - 3_600_000).toISOString(),
    startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    endsAt: new Date(Date.now() + 5 * 86_400_000 + 7_200_000).toISOString(),
    capacity,
  });

  it('creates a programme and its sessions, changes places safely and deletes only unused ones', async () => {
    const created = await t.http().post('/api/v1/admin/benefits').set('authorization', townStaff).send(programme).expect(201);
    const keqiao = await t.db.getRepository(Org).findOneByOrFail({ code: 'town:keqiao' });
    expect(created.body).toMatchObject({ orgId: keqiao.id, name: programme.name, sessions: [], providerUserIds: [] });
    const id = created.body.id;
    const added = await t.http().post(`/api/v1/admin/benefits/${id}/sessions`).set('authorization', townStaff).send(session(2)).expect(201);
    expect(added.body).toMatchObject({ capacity: 2, remaining: 2 });

    const [rider] = await insertMembers(t, 1, { occupation: 'food_delivery' });
    await t
      .http()
      .post(`/api/v1/benefits/${id}/claims`)
      .set('authorization', rider.token)
      .set('idempotency-key', 'a')
      .send({ sessionId: added.body.id })
      .expect(201);
    const tooSmall = await t.http().patch(`/api/v1/admin/benefits/${id}/sessions/${added.body.id}`).set('authorization', townStaff).send({ capacity: 0 });
    expect(tooSmall.status).toBe(400);
    const shrink = await t
      .http()
      .patch(`/api/v1/admin/benefits/${id}/sessions/${added.body.id}`)
      .set('authorization', townStaff)
      .send({ capacity: 1 })
      .expect(200);
    expect(shrink.body).toMatchObject({ capacity: 1, remaining: 0 });
    const budget = await t.http().patch(`/api/v1/admin/benefits/${id}`).set('authorization', townStaff).send({ budgetFen: 1_000 });
    expect(budget.status).toBe(409);
    await t.http().patch(`/api/v1/admin/benefits/${id}`).set('authorization', townStaff).send({ budgetFen: 2_000, active: false }).expect(200);
    expect((await t.http().delete(`/api/v1/admin/benefits/${id}`).set('authorization', townStaff)).status).toBe(409);

    const claims = await t.http().get(`/api/v1/admin/claims?programmeId=${id}&status=confirmed`).set('authorization', townStaff).expect(200);
    expect(claims.body).toMatchObject({ total: 1, items: [{ status: 'confirmed', memberNumber: expect.any(String) }] });

    const unused = await t
      .http()
      .post('/api/v1/admin/benefits')
      .set('authorization', townStaff)
      .send({ ...programme, name: '待删除' })
      .expect(201);
    await t.http().delete(`/api/v1/admin/benefits/${unused.body.id}`).set('authorization', townStaff).expect(204);
  });

  it('refuses bad programmes field by field', async () => {
    const backwards = await t
      .http()
      .post('/api/v1/admin/benefits')
      .set('authorization', admin)
      .send({ ...programme, periodEnd: programme.periodStart });
    expect(backwards.body.details).toEqual([{ field: 'periodEnd', message: '结束时间应晚于开始时间' }]);
    const wrong = await t
      .http()
      .post('/api/v1/admin/benefits')
      .set('authorization', admin)
      .send({ ...programme, costFen: -1, claimPeriod: 'week', budgetFen: 1.5 });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['budgetFen', 'claimPeriod', 'costFen']);
    const provider = await t
      .http()
      .post('/api/v1/admin/benefits')
      .set('authorization', admin)
      .send({ ...programme, providerUserIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(provider.body.details[0].field).toBe('providerUserIds');
  });

  it('hides other towns’ programmes and claims from town staff (404), shows them to the district', async () => {
    const huashe = await t.db.getRepository(Org).findOneByOrFail({ code: 'town:huashe' });
    const theirs = await aProgramme(t, { orgId: huashe.id });
    expect((await t.http().get(`/api/v1/admin/benefits/${theirs.id}`).set('authorization', townStaff)).status).toBe(404);
    expect((await t.http().patch(`/api/v1/admin/benefits/${theirs.id}`).set('authorization', townStaff).send({ name: '改名' })).status).toBe(404);
    await t.http().get(`/api/v1/admin/benefits/${theirs.id}`).set('authorization', admin).expect(200);
    const list = await t.http().get('/api/v1/admin/benefits').set('authorization', townStaff).expect(200);
    expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(theirs.id);
    // Creating for an org outside the subtree is refused outright, as for stations (README, Conventions).
    const creating = await t
      .http()
      .post('/api/v1/admin/benefits')
      .set('authorization', townStaff)
      .send({ ...programme, orgId: huashe.id });
    expect(creating.status).toBe(403);
    const worker = (await insertMembers(t, 1))[0];
    expect((await t.http().get('/api/v1/admin/benefits').set('authorization', worker.token)).status).toBe(403);
  });

  it('links provider accounts to a programme', async () => {
    const [{ id: providerId }] = await t.db.query(`SELECT id FROM users WHERE username = 'provider-demo'`);
    const created = await t
      .http()
      .post('/api/v1/admin/benefits')
      .set('authorization', admin)
      .send({ ...programme, providerUserIds: [providerId] })
      .expect(201);
    expect(created.body.providerUserIds).toEqual([providerId]);
    const cleared = await t.http().patch(`/api/v1/admin/benefits/${created.body.id}`).set('authorization', admin).send({ providerUserIds: [] }).expect(200);
    expect(cleared.body.providerUserIds).toEqual([]);
  });
});
