import { AuditService } from '../src/audit/audit.service';
import { signInStaff, signInWorker } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

interface Entry {
  id: string;
  at: string;
  actor: { id: string; username: string | null; displayName: string | null } | null;
  action: string;
  entityType: string;
  entityId: string;
  orgId: string | null;
  details: Record<string, unknown>;
  sensitive: boolean;
}

describe('the audit log', () => {
  let t: TestApp;
  let admin: string;
  let adminId: string;
  let worker: { token: string; userId: string };

  // Rows at fixed times around a Beijing midnight: 23:30 on 1 March is 15:30 UTC, 00:10 on 2 March
  // is 16:10 UTC on 1 March.
  const FIXED = [
    { at: '2026-03-01T23:30:00+08:00', action: 'test.late_evening' },
    { at: '2026-03-02T00:10:00+08:00', action: 'test.just_after_midnight' },
    { at: '2026-03-03T12:00:00+08:00', action: 'membership.id_number.revealed' },
  ];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInStaff(t, 'district-admin');
    [{ id: adminId }] = await t.db.query(`SELECT id FROM users WHERE username = 'district-admin'`);
    worker = await signInWorker(t);
    for (const { at, action } of FIXED) {
      await t.db.query(
        `INSERT INTO audit_entries (actor_user_id, action, entity_type, entity_id, detail, created_at) VALUES ($1, $2, 'membership_application', 'fixed', $3, $4)`,
        [adminId, action, { reason: '核对身份证原件' }, at],
      );
    }
    const audit = t.app.get(AuditService);
    await audit.record({ actorUserId: null, action: 'test.system_job', entityType: 'benefit_claim', entityId: 'c1' });
    await audit.record({ actorUserId: worker.userId, action: 'test.worker_did', entityType: 'benefit_claim', entityId: 'c2' });
    // A real change through the API, last.
    const [keqiao] = await t.db.query(`SELECT id FROM orgs WHERE code = 'town:keqiao'`);
    await t
      .http()
      .post('/api/v1/admin/accounts')
      .set('authorization', admin)
      .send({ username: 'audited.one', displayName: '被审计', role: 'staff', orgId: keqiao.id })
      .expect(201);
  });
  afterAll(() => t.close());

  const list = async (query: Record<string, string> = {}) =>
    (await t.http().get('/api/v1/admin/audit').query(query).set('authorization', admin).expect(200)).body as {
      items: Entry[];
      total: number;
      page: number;
      pageSize: number;
    };

  it('is for district admins only', async () => {
    for (const token of [await signInStaff(t, 'keqiao-staff'), await signInStaff(t, 'provider-demo'), worker.token]) {
      for (const path of ['/api/v1/admin/audit', '/api/v1/admin/audit/actions']) {
        const answer = await t.http().get(path).set('authorization', token);
        expect({ path, status: answer.status, code: answer.body.code }).toEqual({ path, status: 403, code: 'FORBIDDEN' });
      }
    }
    expect((await t.http().get('/api/v1/admin/audit')).status).toBe(401);
  });

  it('lists newest first with who did it, and no password in sight', async () => {
    const page = await list();
    expect(page).toMatchObject({ page: 1, pageSize: 20, total: page.items.length });
    const [newest] = page.items;
    expect(newest).toEqual({
      id: expect.stringMatching(/^\d+$/),
      at: expect.any(String),
      actor: { id: adminId, username: 'district-admin', displayName: '区总工会管理员' },
      action: 'account.created',
      entityType: 'account',
      entityId: expect.any(String),
      orgId: expect.any(String),
      details: { username: 'audited.one', role: 'staff', via: 'console' },
      sensitive: false,
    });
    const times = page.items.map((item) => Date.parse(item.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(page.items.find((item) => item.action === 'test.system_job')!.actor).toBeNull();
    expect(page.items.find((item) => item.action === 'test.worker_did')!.actor).toEqual({ id: worker.userId, username: null, displayName: expect.any(String) });
    expect(JSON.stringify(page.items)).not.toMatch(/password_hash|initialPassword/);
  });

  it('flags reads of whole ID numbers as sensitive, with their reason', async () => {
    const { items } = await list({ action: 'membership.id_number.revealed' });
    expect(items).toEqual([expect.objectContaining({ sensitive: true, details: { reason: '核对身份证原件' } })]);
  });

  it('filters by actor (username or id), action and record type', async () => {
    const byName = await list({ actor: 'district-admin' });
    expect(byName.items.length).toBeGreaterThan(0);
    expect(byName.items.every((item) => item.actor?.id === adminId)).toBe(true);
    expect((await list({ actor: adminId })).total).toBe(byName.total);
    expect((await list({ actor: worker.userId })).items.map((item) => item.action)).toEqual(['test.worker_did']);
    expect((await list({ actor: 'nobody-by-that-name' })).total).toBe(0);
    expect((await list({ action: 'test.late_evening' })).items.map((item) => item.action)).toEqual(['test.late_evening']);
    expect((await list({ entityType: 'benefit_claim' })).items.map((item) => item.action).sort()).toEqual(['test.system_job', 'test.worker_did']);
  });

  it('reads from and to as whole days in Beijing time', async () => {
    const actions = async (query: Record<string, string>) => (await list(query)).items.map((item) => item.action);
    expect(await actions({ from: '2026-03-02', to: '2026-03-02' })).toEqual(['test.just_after_midnight']);
    expect(await actions({ from: '2026-03-01', to: '2026-03-01' })).toEqual(['test.late_evening']);
    expect(await actions({ from: '2026-03-01', to: '2026-03-03' })).toEqual(['membership.id_number.revealed', 'test.just_after_midnight', 'test.late_evening']);
    expect(await actions({ to: '2026-03-01' })).toEqual(['test.late_evening']);
    expect(await actions({ from: '2026-03-04', action: 'test.late_evening' })).toEqual([]);
  });

  it('refuses bad dates and bad pages with a code, never a 500', async () => {
    for (const query of [
      { from: '2026-02-30' },
      { from: '2026-3-1' },
      { to: 'yesterday' },
      { from: '2026-03-02', to: '2026-03-01' },
      { from: '2026-03-01T00:00:00Z' },
      { page: '0' },
      { pageSize: '101' },
      { actor: 'x'.repeat(65) },
      { unknown: '1' },
    ]) {
      const answer = await t.http().get('/api/v1/admin/audit').query(query).set('authorization', admin);
      expect({ query, status: answer.status, code: answer.body.code }).toEqual({ query, status: 400, code: 'VALIDATION_FAILED' });
    }
    // A malformed id-like actor is just a username nobody has.
    expect((await list({ actor: '00000000-0000-0000-0000-00000000000g' })).total).toBe(0);
  });

  it('pages without overlap', async () => {
    const first = await list({ pageSize: '2', page: '1' });
    const second = await list({ pageSize: '2', page: '2' });
    expect(first.items).toHaveLength(2);
    expect(second.total).toBe(first.total);
    expect(first.items.map((item) => item.id)).not.toEqual(expect.arrayContaining(second.items.map((item) => item.id)));
  });

  it('names the actions the log holds, once each, for a filter', async () => {
    const answer = await t.http().get('/api/v1/admin/audit/actions').set('authorization', admin).expect(200);
    const { actions } = answer.body as { actions: string[] };
    expect(actions).toEqual([...new Set(actions)].sort());
    expect(actions).toEqual(
      expect.arrayContaining(['account.created', 'membership.id_number.revealed', 'test.late_evening', 'test.system_job', 'test.worker_did']),
    );
  });
});
