import { creditCodeCheckCharacter, organisationCodeCheckCharacter } from '@kgh/shared';
import { anApplication } from './support/factories';
import { aMember, signInStaff, signInWorker } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

let codeCounter = 0;
/** A valid credit code not used by the demo seed (its organisation codes start MA2). */
function aCreditCode(): string {
  codeCounter += 1;
  const orgBody = `L${String(process.pid % 1000).padStart(3, '0')}${String(codeCounter).padStart(4, '0')}`;
  const first17 = `91330603${orgBody}${organisationCodeCheckCharacter(orgBody)}`;
  return first17 + creditCodeCheckCharacter(first17);
}
/** The same code with a wrong final check character. */
const withWrongCheck = (code: string) => code.slice(0, 17) + (code[17] === '1' ? '2' : '1');

const anEnterprise = (overrides: Record<string, unknown> = {}) => ({
  name: `测试物流有限公司${Math.random().toString(36).slice(2, 8)}`,
  creditCode: aCreditCode(),
  industry: 'express',
  townCode: 'keqiao',
  address: '柯桥街道测试路1号',
  workers: 40,
  newFormWorkers: 30,
  brands: ['中通快递'],
  contactName: '张经理',
  contactPhone: '13905751234',
  ...overrides,
});

const daysAgo = (days: number) => new Date(Date.now() + 8 * 3_600_000 - days * 86_400_000).toISOString().slice(0, 10);

describe('the enterprise census', () => {
  let t: TestApp;
  let admin: string;
  let keqiaoStaff: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInStaff(t, 'district-admin');
    keqiaoStaff = await signInStaff(t, 'keqiao-staff');
  });
  afterAll(() => t.close());

  const create = async (overrides: Record<string, unknown> = {}, token = admin) => {
    const response = await t.http().post('/api/v1/admin/enterprises').set('authorization', token).send(anEnterprise(overrides));
    expect(response.status).toBe(201);
    return response.body as { id: string; name: string; creditCode: string; history: unknown[] };
  };
  const changeStatus = (id: string, body: Record<string, unknown>, token = admin) =>
    t.http().post(`/api/v1/admin/enterprises/${id}/status`).set('authorization', token).send(body);

  describe('the demo seed', () => {
    it('tells the report’s story with valid credit codes', async () => {
      const [row] = await t.db.query(`SELECT count(*)::int AS n FROM enterprises`);
      expect(row.n).toBeGreaterThanOrEqual(285);
      const express = await t.db.query(
        `SELECT count(*)::int AS n, sum(new_form_workers)::int AS couriers FROM enterprises e JOIN orgs o ON o.id = e.union_org_id
          WHERE o.code = 'express-industry' AND e.industry = 'express' AND e.formation_mode = 'industry'`,
      );
      expect(express[0]).toEqual({ n: 27, couriers: 1472 });
      const byUnion = await t.db.query(
        `SELECT o.code, count(*)::int AS n FROM enterprises e JOIN orgs o ON o.id = e.union_org_id WHERE o.code IN ('sauce-industry', 'dongsheng-park') GROUP BY o.code ORDER BY o.code`,
      );
      expect(byUnion).toEqual([
        { code: 'dongsheng-park', n: 35 },
        { code: 'sauce-industry', n: 85 },
      ]);
      const [solved] = await t.db.query(`SELECT count(*)::int AS n FROM enterprise_problems WHERE solved`);
      expect(solved.n).toBe(27);
      const [met] = await t.db.query(`SELECT sum(workers_met)::int AS n FROM enterprise_visits`);
      expect(met.n).toBeGreaterThanOrEqual(150);
      const response = await t.http().get('/api/v1/admin/enterprises?pageSize=100').set('authorization', admin).expect(200);
      expect(response.body.total).toBeGreaterThanOrEqual(285);
      const { creditCodeProblem } = await import('@kgh/shared');
      const codes: { credit_code: string }[] = await t.db.query(`SELECT credit_code FROM enterprises`);
      expect(codes.filter((c) => creditCodeProblem(c.credit_code) !== null)).toEqual([]);
    });
  });

  describe('create and update', () => {
    it('creates an enterprise with its first timeline entry, and audits it', async () => {
      const created = await create({}, keqiaoStaff);
      expect(created).toMatchObject({
        unionStatus: 'not_established',
        formationMode: null,
        union: null,
        joinedMembers: 0,
        openProblems: 0,
        contactPhone: '13905751234',
        contactPhoneMasked: '139****1234',
        joinRate: 0,
        history: [{ fromStatus: null, toStatus: 'not_established', changedBy: { displayName: '柯桥街道工会干事' }, reason: expect.any(String) }],
        visits: [],
      });
      const audit = await t.db.query(`SELECT action FROM audit_entries WHERE entity_id = $1`, [created.id]);
      expect(audit.map((a: { action: string }) => a.action)).toContain('enterprise.create');
    });

    it('refuses a bad credit code, naming what is wrong, with the field', async () => {
      const code = aCreditCode();
      for (const [bad, words] of [
        [withWrongCheck(code), '第18位'],
        [code.slice(0, 17), '18位'],
        [`${code.slice(0, 17)}I`, 'I、O、Z、S、V'],
        [creditCodeWithBadOrgCheck(), '组织机构代码'],
      ]) {
        const response = await t
          .http()
          .post('/api/v1/admin/enterprises')
          .set('authorization', admin)
          .send(anEnterprise({ creditCode: bad }));
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
        expect(response.body.details).toEqual([{ field: 'creditCode', message: expect.stringContaining(words) }]);
      }
    });

    it('accepts a lower-case code as upper case, and refuses a taken one with 409 CREDIT_CODE_TAKEN', async () => {
      const code = aCreditCode();
      const created = await create({ creditCode: code.toLowerCase() });
      expect(created.creditCode).toBe(code);
      const again = await t
        .http()
        .post('/api/v1/admin/enterprises')
        .set('authorization', admin)
        .send(anEnterprise({ creditCode: code }));
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'CREDIT_CODE_TAKEN', details: [{ field: 'creditCode' }] });
      const other = await create();
      const patched = await t.http().patch(`/api/v1/admin/enterprises/${other.id}`).set('authorization', admin).send({ creditCode: code });
      expect(patched.status).toBe(409);
      expect(patched.body.code).toBe('CREDIT_CODE_TAKEN');
    });

    it.each([
      ['more new-form workers than workers', { workers: 5, newFormWorkers: 6 }, 'newFormWorkers'],
      ['a negative count', { workers: -1 }, 'workers'],
      ['a fractional count', { newFormWorkers: 1.5 }, 'newFormWorkers'],
      ['an unknown industry', { industry: 'mining' }, 'industry'],
      ['an unknown town', { townCode: 'hangzhou' }, 'townCode'],
      ['an empty name', { name: '  ' }, 'name'],
      ['an unknown field', { secret: 1 }, 'secret'],
    ])('refuses %s with 400', async (_name, overrides, field) => {
      const response = await t.http().post('/api/v1/admin/enterprises').set('authorization', admin).send(anEnterprise(overrides));
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });

    it('checks new-form workers against the stored workers on a partial update', async () => {
      const created = await create({ workers: 10, newFormWorkers: 5 });
      const response = await t.http().patch(`/api/v1/admin/enterprises/${created.id}`).set('authorization', admin).send({ newFormWorkers: 11 });
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([{ field: 'newFormWorkers', message: expect.any(String) }]);
      const ok = await t.http().patch(`/api/v1/admin/enterprises/${created.id}`).set('authorization', admin).send({ newFormWorkers: 10, contactPhone: null });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ newFormWorkers: 10, contactPhone: null, contactPhoneMasked: null });
      const status = await t.http().patch(`/api/v1/admin/enterprises/${created.id}`).set('authorization', admin).send({ unionStatus: 'closed' });
      expect(status.status).toBe(400);
    });

    it('answers 403 to town staff registering an enterprise in another town', async () => {
      const response = await t
        .http()
        .post('/api/v1/admin/enterprises')
        .set('authorization', keqiaoStaff)
        .send(anEnterprise({ townCode: 'huashe' }));
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('FORBIDDEN');
    });
  });

  describe('scope', () => {
    it('hides another town’s enterprise from town staff: 404 on every route, absent from lists and counts', async () => {
      const huashe = await create({ townCode: 'huashe', name: '华舍测试纺织有限公司', industry: 'textile' });
      const asKeqiao = (method: 'get' | 'patch' | 'post', path: string, body?: object) =>
        t.http()[method](`/api/v1/admin/enterprises/${huashe.id}${path}`).set('authorization', keqiaoStaff).send(body);
      for (const response of [
        await asKeqiao('get', ''),
        await asKeqiao('patch', '', { address: '改地址' }),
        await asKeqiao('post', '/status', { unionStatus: 'closed', reason: '已注销' }),
        await asKeqiao('post', '/visits', { visitedOn: daysAgo(1), workersMet: 1 }),
      ]) {
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('NOT_FOUND');
      }
      const visit = await t
        .http()
        .post(`/api/v1/admin/enterprises/${huashe.id}/visits`)
        .set('authorization', admin)
        .send({ visitedOn: daysAgo(1), workersMet: 1, problems: [{ description: '没有休息点' }] });
      const solve = await asKeqiao('post', `/problems/${visit.body.problems[0].id}/solve`, {});
      expect(solve.status).toBe(404);
      const list = await t.http().get('/api/v1/admin/enterprises?q=华舍测试纺织&pageSize=100').set('authorization', keqiaoStaff).expect(200);
      expect(list.body.total).toBe(0);
      const adminList = await t.http().get('/api/v1/admin/enterprises?q=华舍测试纺织').set('authorization', admin).expect(200);
      expect(adminList.body.items.map((e: { id: string }) => e.id)).toContain(huashe.id);
      const counts = await t.http().get('/api/v1/admin/enterprises/counts?townCode=huashe').set('authorization', keqiaoStaff).expect(200);
      expect(counts.body).toEqual({ total: 0, byStatus: { established: 0, not_established: 0, moved_out: 0, closed: 0 } });
      const all: { town_code: string }[] = await t.db.query(`SELECT DISTINCT town_code FROM enterprises`);
      expect(all.length).toBeGreaterThan(1);
      const keqiaoList = await t.http().get('/api/v1/admin/enterprises?pageSize=100').set('authorization', keqiaoStaff).expect(200);
      expect(new Set(keqiaoList.body.items.map((e: { townCode: string }) => e.townCode))).toEqual(new Set(['keqiao']));
    });

    it('answers 404 for a malformed or unknown id', async () => {
      for (const id of ['not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
        const response = await t.http().get(`/api/v1/admin/enterprises/${id}`).set('authorization', admin);
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('NOT_FOUND');
      }
    });
  });

  describe('union status and its timeline', () => {
    it('keeps every change with who, when and why, oldest first, with an audit row each', async () => {
      const created = await create({}, keqiaoStaff);
      const established = await changeStatus(
        created.id,
        { unionStatus: 'established', formationMode: 'standalone', newUnionName: '测试物流有限公司工会', reason: '召开成立大会' },
        keqiaoStaff,
      );
      expect(established.status).toBe(200);
      expect(established.body).toMatchObject({ unionStatus: 'established', formationMode: 'standalone', union: { name: '测试物流有限公司工会' } });
      const [org] = await t.db.query(`SELECT kind, parent_id, town_code FROM orgs WHERE id = $1`, [established.body.union.id]);
      const [town] = await t.db.query(`SELECT id FROM orgs WHERE code = 'town:keqiao'`);
      expect(org).toEqual({ kind: 'enterprise', parent_id: town.id, town_code: 'keqiao' });

      const unchanged = await changeStatus(
        created.id,
        { unionStatus: 'established', formationMode: 'standalone', unionOrgId: established.body.union.id, reason: '再次提交' },
        keqiaoStaff,
      );
      expect(unchanged.status).toBe(409);
      expect(unchanged.body.code).toBe('STATUS_UNCHANGED');

      const moved = await changeStatus(created.id, { unionStatus: 'moved_out', reason: '企业迁往杭州' });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ unionStatus: 'moved_out', formationMode: null, union: null });
      expect(moved.body.history).toEqual([
        expect.objectContaining({ fromStatus: null, toStatus: 'not_established', changedBy: expect.objectContaining({ displayName: '柯桥街道工会干事' }) }),
        expect.objectContaining({
          fromStatus: 'not_established',
          toStatus: 'established',
          formationMode: 'standalone',
          union: { id: established.body.union.id, name: '测试物流有限公司工会' },
          reason: '召开成立大会',
          changedBy: expect.objectContaining({ displayName: '柯桥街道工会干事' }),
        }),
        expect.objectContaining({
          fromStatus: 'established',
          toStatus: 'moved_out',
          formationMode: null,
          union: null,
          reason: '企业迁往杭州',
          changedBy: expect.objectContaining({ displayName: '区总工会管理员' }),
        }),
      ]);
      const times = moved.body.history.map((h: { changedAt: string }) => Date.parse(h.changedAt));
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      const [audits] = await t.db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_id = $1 AND action = 'enterprise.status.change'`, [
        created.id,
      ]);
      expect(audits.n).toBe(2);
      const [rows] = await t.db.query(`SELECT count(*)::int AS n FROM enterprise_status_changes WHERE enterprise_id = $1`, [created.id]);
      expect(rows.n).toBe(3);
    });

    it.each([
      ['establishing without a mode', { unionStatus: 'established', newUnionName: '某工会', reason: '成立' }, 'formationMode'],
      ['establishing without a union', { unionStatus: 'established', formationMode: 'lead', reason: '成立' }, 'unionOrgId'],
      [
        'establishing with both kinds of union',
        { unionStatus: 'established', formationMode: 'lead', unionOrgId: '00000000-0000-4000-8000-000000000000', newUnionName: '某工会', reason: '成立' },
        'unionOrgId',
      ],
      ['a mode without establishing', { unionStatus: 'closed', formationMode: 'lead', reason: '注销' }, 'formationMode'],
      ['a reason too short', { unionStatus: 'closed', reason: '销' }, 'reason'],
      ['an unknown status', { unionStatus: 'dissolved', reason: '解散了' }, 'unionStatus'],
    ])('refuses %s with 400', async (_name, body, field) => {
      const created = await create();
      const response = await changeStatus(created.id, body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    });

    it('refuses the same status again and a town or district federation as the union', async () => {
      const created = await create();
      const same = await changeStatus(created.id, { unionStatus: 'not_established', reason: '核实仍未建会' });
      expect(same.status).toBe(409);
      expect(same.body.code).toBe('STATUS_UNCHANGED');
      const [town] = await t.db.query(`SELECT id FROM orgs WHERE code = 'town:keqiao'`);
      const federation = await changeStatus(created.id, { unionStatus: 'established', formationMode: 'lead', unionOrgId: town.id, reason: '成立' });
      expect(federation.status).toBe(400);
      expect(federation.body.details).toEqual([{ field: 'unionOrgId', message: expect.any(String) }]);
    });

    it('lets town staff link their own base-level unions only (403 for another town’s)', async () => {
      const created = await create({}, keqiaoStaff);
      const [huasheJoint] = await t.db.query(`SELECT id FROM orgs WHERE code = 'joint:huashe'`);
      const [keqiaoJoint] = await t.db.query(`SELECT id FROM orgs WHERE code = 'joint:keqiao'`);
      const outside = await changeStatus(
        created.id,
        { unionStatus: 'established', formationMode: 'lead', unionOrgId: huasheJoint.id, reason: '成立' },
        keqiaoStaff,
      );
      expect(outside.status).toBe(403);
      const inside = await changeStatus(
        created.id,
        { unionStatus: 'established', formationMode: 'lead', unionOrgId: keqiaoJoint.id, reason: '纳入联合工会' },
        keqiaoStaff,
      );
      expect(inside.status).toBe(200);
      expect(inside.body.union.id).toBe(keqiaoJoint.id);
    });

    it('filters and counts the ledger by status, mode, industry and text (name, brand, credit code)', async () => {
      const brand = `品牌${Math.random().toString(36).slice(2, 7)}`;
      const a = await create({ brands: [brand], industry: 'livestream' });
      const b = await create({ brands: [brand], industry: 'livestream' });
      await changeStatus(b.id, { unionStatus: 'closed', reason: '企业已注销' });
      const byBrand = await t
        .http()
        .get(`/api/v1/admin/enterprises?q=${encodeURIComponent(brand)}`)
        .set('authorization', admin)
        .expect(200);
      expect(byBrand.body.total).toBe(2);
      const closed = await t
        .http()
        .get(`/api/v1/admin/enterprises?q=${encodeURIComponent(brand)}&unionStatus=closed`)
        .set('authorization', admin)
        .expect(200);
      expect(closed.body.items.map((e: { id: string }) => e.id)).toEqual([b.id]);
      const byCode = await t
        .http()
        .get(`/api/v1/admin/enterprises?q=${a.creditCode.slice(8).toLowerCase()}`)
        .set('authorization', admin)
        .expect(200);
      expect(byCode.body.items.map((e: { id: string }) => e.id)).toEqual([a.id]);
      const counts = await t
        .http()
        .get(`/api/v1/admin/enterprises/counts?q=${encodeURIComponent(brand)}&industry=livestream`)
        .set('authorization', admin)
        .expect(200);
      expect(counts.body).toEqual({ total: 2, byStatus: { established: 0, not_established: 1, moved_out: 0, closed: 1 } });
      const wildcard = await t.http().get('/api/v1/admin/enterprises?q=%25').set('authorization', admin).expect(200);
      expect(wildcard.body.total).toBe(0);
      const bad = await t.http().get('/api/v1/admin/enterprises?unionStatus=maybe&formationMode=x').set('authorization', admin);
      expect(bad.status).toBe(400);
    });
  });

  describe('visits and problems', () => {
    it('logs a visit with problems, marks one solved, and shows open ones over 30 days as overdue', async () => {
      const created = await create({}, keqiaoStaff);
      const old = await t
        .http()
        .post(`/api/v1/admin/enterprises/${created.id}/visits`)
        .set('authorization', keqiaoStaff)
        .send({ visitedOn: daysAgo(40), workersMet: 6, note: '与骑手座谈', problems: [{ description: '骑手午间无处休息' }, { description: '充电不便' }] });
      expect(old.status).toBe(201);
      expect(old.body).toMatchObject({
        visitedOn: daysAgo(40),
        workersMet: 6,
        note: '与骑手座谈',
        staff: { displayName: '柯桥街道工会干事' },
        problems: [
          { description: '骑手午间无处休息', solved: false, solvedOn: null, openDays: 40, overdue: true },
          { description: '充电不便', solved: false, solvedOn: null, openDays: 40, overdue: true },
        ],
      });
      const recent = await t
        .http()
        .post(`/api/v1/admin/enterprises/${created.id}/visits`)
        .set('authorization', keqiaoStaff)
        .send({ visitedOn: daysAgo(2), workersMet: 3 });
      expect(recent.status).toBe(201);
      expect(recent.body.problems).toEqual([]);

      const problem = old.body.problems[0];
      const solved = await t
        .http()
        .post(`/api/v1/admin/enterprises/${created.id}/problems/${problem.id}/solve`)
        .set('authorization', keqiaoStaff)
        .send({ solvedOn: daysAgo(10), note: '协调设立休息点' });
      expect(solved.status).toBe(200);
      expect(solved.body).toEqual({ id: problem.id, description: '骑手午间无处休息', solved: true, solvedOn: daysAgo(10), openDays: 30, overdue: false });
      const twice = await t.http().post(`/api/v1/admin/enterprises/${created.id}/problems/${problem.id}/solve`).set('authorization', keqiaoStaff).send({});
      expect(twice.status).toBe(409);
      expect(twice.body.code).toBe('CONFLICT');
      const beforeVisit = await t
        .http()
        .post(`/api/v1/admin/enterprises/${created.id}/problems/${old.body.problems[1].id}/solve`)
        .set('authorization', keqiaoStaff)
        .send({ solvedOn: daysAgo(41) });
      expect(beforeVisit.status).toBe(400);
      expect(beforeVisit.body.details).toEqual([{ field: 'solvedOn', message: expect.any(String) }]);

      const other = await create();
      const elsewhere = await t
        .http()
        .post(`/api/v1/admin/enterprises/${other.id}/problems/${old.body.problems[1].id}/solve`)
        .set('authorization', admin)
        .send({});
      expect(elsewhere.status).toBe(404);

      const detail = await t.http().get(`/api/v1/admin/enterprises/${created.id}`).set('authorization', keqiaoStaff).expect(200);
      expect(detail.body.openProblems).toBe(1);
      expect(detail.body.visits.map((v: { id: string }) => v.id)).toEqual([recent.body.id, old.body.id]);
      const [read] = await t.db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_id = $1 AND action = 'enterprise.read'`, [created.id]);
      expect(read.n).toBe(1);
    });

    it.each([
      ['a day in the future', { visitedOn: daysAgo(-2), workersMet: 1 }, 'visitedOn'],
      ['a day that does not exist', { visitedOn: '2026-02-30', workersMet: 1 }, 'visitedOn'],
      ['a negative number met', { visitedOn: daysAgo(1), workersMet: -3 }, 'workersMet'],
      ['an empty problem', { visitedOn: daysAgo(1), workersMet: 1, problems: [{ description: '' }] }, 'problems'],
      ['problems that are no list', { visitedOn: daysAgo(1), workersMet: 1, problems: '很多' }, 'problems'],
    ])('refuses a visit with %s', async (_name, body, field) => {
      const created = await create();
      const response = await t.http().post(`/api/v1/admin/enterprises/${created.id}/visits`).set('authorization', admin).send(body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.details.map((d: { field: string }) => d.field.split('.')[0])).toContain(field);
    });
  });

  describe('joining through the census', () => {
    it('routes a worker of an enterprise with an established union to it, and counts them as joined', async () => {
      const created = await create({ name: '柯桥测试速运有限公司', industry: 'express', brands: ['中通快递'], workers: 8, newFormWorkers: 4 }, keqiaoStaff);
      const established = await changeStatus(
        created.id,
        { unionStatus: 'established', formationMode: 'standalone', newUnionName: '柯桥测试速运有限公司工会', reason: '成立大会' },
        keqiaoStaff,
      );
      const union = established.body.union as { id: string; name: string };

      const found = await t
        .http()
        .get(`/api/v1/enterprises/search?q=${encodeURIComponent('测试速运')}`)
        .expect(200);
      expect(found.body.items).toContainEqual({ id: created.id, name: '柯桥测试速运有限公司', brands: ['中通快递'], townCode: 'keqiao' });

      const worker = await signInWorker(t);
      const applied = await t
        .http()
        .post('/api/v1/membership/applications')
        .set('authorization', worker.token)
        .send(anApplication({ phone: worker.phone, employer: 'zto', townCode: 'anchang', enterpriseId: created.id }));
      expect(applied.status).toBe(201);
      expect(applied.body.targetOrg).toEqual(union);
      const [row] = await t.db.query(`SELECT enterprise_id, routing_reason FROM membership_applications WHERE id = $1`, [applied.body.id]);
      expect(row).toEqual({ enterprise_id: created.id, routing_reason: `按所在企业「柯桥测试速运有限公司」的工会路由至${union.name}` });

      await t.http().post(`/api/v1/admin/applications/${applied.body.id}/approve`).set('authorization', keqiaoStaff).expect(200);
      const detail = await t.http().get(`/api/v1/admin/enterprises/${created.id}`).set('authorization', keqiaoStaff).expect(200);
      expect(detail.body).toMatchObject({ joinedMembers: 1, joinRate: 0.25 });
    });

    it('routes as today when the enterprise has no union, and keeps a typed employer name', async () => {
      const created = await create({ industry: 'food_delivery', brands: ['饿了么'] });
      const member = await aMember(t, { employer: 'zto', townCode: 'anchang', enterpriseId: created.id, employerName: '列表外的公司' });
      const [row] = await t.db.query(
        `SELECT a.enterprise_id, a.employer_name, o.code FROM membership_applications a JOIN orgs o ON o.id = a.target_org_id WHERE a.id = $1`,
        [member.applicationId],
      );
      expect(row).toEqual({ enterprise_id: created.id, employer_name: '列表外的公司', code: 'express-industry' });
    });

    it('refuses an enterprise that is unknown, closed or moved out with 400, and a bad employer name', async () => {
      const closed = await create();
      await changeStatus(closed.id, { unionStatus: 'closed', reason: '企业已注销' });
      for (const enterpriseId of ['00000000-0000-4000-8000-000000000000', closed.id, 'not-a-uuid']) {
        const worker = await signInWorker(t);
        const response = await t
          .http()
          .post('/api/v1/membership/applications')
          .set('authorization', worker.token)
          .send(anApplication({ phone: worker.phone, enterpriseId }));
        expect(response.status).toBe(400);
        expect(response.body.details.map((d: { field: string }) => d.field)).toEqual(['enterpriseId']);
      }
      const worker = await signInWorker(t);
      const long = await t
        .http()
        .post('/api/v1/membership/applications')
        .set('authorization', worker.token)
        .send(anApplication({ phone: worker.phone, employerName: '长'.repeat(61) }));
      expect(long.status).toBe(400);
      const search = await t
        .http()
        .get(`/api/v1/enterprises/search?q=${encodeURIComponent(closed.name)}`)
        .expect(200);
      expect(search.body.items).toEqual([]);
    });

    it('searches by brand without a token, at most 20, optionally in one town; an empty text is 400', async () => {
      const express = await t
        .http()
        .get(`/api/v1/enterprises/search?q=${encodeURIComponent('快递')}`)
        .expect(200);
      expect(express.body.items.length).toBe(20);
      const inTown = await t
        .http()
        .get(`/api/v1/enterprises/search?q=${encodeURIComponent('中通')}&townCode=keqiao`)
        .expect(200);
      expect(inTown.body.items.length).toBeGreaterThan(0);
      expect(inTown.body.items.every((e: { townCode: string; name: string; brands: string[] }) => e.townCode === 'keqiao')).toBe(true);
      for (const query of ['', '?q=', '?q=x&townCode=paris']) {
        const response = await t.http().get(`/api/v1/enterprises/search${query}`);
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
      }
    });
  });

  describe('targets', () => {
    it('counts progress from the records, as the test counts its own rows, within the Shanghai year', async () => {
      const year = 2015;
      const towns = ['lizhu', 'wangtan'] as const;
      const expected: Record<string, { organised: number; enrolled: number }> = {
        lizhu: { organised: 0, enrolled: 0 },
        wangtan: { organised: 0, enrolled: 0 },
      };
      const inYear = ['2015-01-01T00:00:00+08:00', '2015-06-30T12:00:00+08:00', '2015-12-31T23:59:59+08:00'];
      const outside = ['2014-12-31T23:59:59+08:00', '2016-01-01T00:00:00+08:00'];
      let n = 0;
      for (const town of towns) {
        for (const [i, at] of [...inYear, ...outside].entries()) {
          n += 1;
          const enterprise = await create({ townCode: town, name: `目标测试企业${town}${i}` });
          await t.db.query(
            `INSERT INTO enterprise_status_changes (enterprise_id, from_status, to_status, formation_mode, reason, changed_at) VALUES ($1, 'not_established', 'established', 'lead', '成立', $2)`,
            [enterprise.id, at],
          );
          if (inYear.includes(at)) expected[town].organised += 1;
          // Established twice in the year (after a closure in between) counts once.
          if (i === 1) {
            await t.db.query(
              `INSERT INTO enterprise_status_changes (enterprise_id, from_status, to_status, formation_mode, reason, changed_at) VALUES ($1, 'closed', 'established', 'lead', '重建', '2015-09-01T00:00:00+08:00')`,
              [enterprise.id],
            );
          }
          const member = await aMember(t, { townCode: town, employer: 'other' });
          await t.db.query(`UPDATE members SET joined_at = $1 WHERE application_id = $2`, [at, member.applicationId]);
          if (inYear.includes(at)) expected[town].enrolled += 1;
        }
      }
      expect(n).toBe(10);
      const set = await t
        .http()
        .put(`/api/v1/admin/census/targets/${year}/lizhu`)
        .set('authorization', admin)
        .send({ enterprisesToOrganise: 12, membersToEnrol: 300 });
      expect(set.status).toBe(200);
      expect(set.body).toEqual({
        townCode: 'lizhu',
        townName: '漓渚镇',
        enterprisesToOrganise: 12,
        membersToEnrol: 300,
        enterprisesOrganised: 3,
        membersEnrolled: 3,
      });
      const response = await t.http().get(`/api/v1/admin/census/targets?year=${year}`).set('authorization', admin).expect(200);
      expect(response.body.year).toBe(year);
      expect(response.body.towns).toHaveLength(16);
      for (const town of towns) {
        expect(response.body.towns.find((row: { townCode: string }) => row.townCode === town)).toMatchObject({
          enterprisesOrganised: expected[town].organised,
          membersEnrolled: expected[town].enrolled,
        });
      }
      expect(response.body.towns.find((row: { townCode: string }) => row.townCode === 'wangtan')).toMatchObject({
        enterprisesToOrganise: 0,
        membersToEnrol: 0,
      });
    });

    it('shows town staff their own town only, and lets only the district set targets', async () => {
      const mine = await t.http().get('/api/v1/admin/census/targets').set('authorization', keqiaoStaff).expect(200);
      expect(mine.body.towns.map((row: { townCode: string }) => row.townCode)).toEqual(['keqiao']);
      expect(mine.body.towns[0].enterprisesToOrganise).toBeGreaterThan(0);
      const refused = await t
        .http()
        .put(`/api/v1/admin/census/targets/${mine.body.year}/keqiao`)
        .set('authorization', keqiaoStaff)
        .send({ enterprisesToOrganise: 1, membersToEnrol: 1 });
      expect(refused.status).toBe(403);
      for (const [path, body] of [
        ['abc/keqiao', { enterprisesToOrganise: 1, membersToEnrol: 1 }],
        ['1999/keqiao', { enterprisesToOrganise: 1, membersToEnrol: 1 }],
        ['2026/paris', { enterprisesToOrganise: 1, membersToEnrol: 1 }],
        ['2026/keqiao', { enterprisesToOrganise: -1, membersToEnrol: 1 }],
      ] as const) {
        const response = await t.http().put(`/api/v1/admin/census/targets/${path}`).set('authorization', admin).send(body);
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
      }
      const badYear = await t.http().get('/api/v1/admin/census/targets?year=twenty').set('authorization', admin);
      expect(badYear.status).toBe(400);
    });
  });
});

/** A code whose final check is right but whose organisation-code check character (position 17) is wrong. */
function creditCodeWithBadOrgCheck(): string {
  const orgBody = 'L7654321';
  const right = organisationCodeCheckCharacter(orgBody)!;
  const wrong = right === '1' ? '2' : '1';
  const first17 = `91330603${orgBody}${wrong}`;
  return first17 + creditCodeCheckCharacter(first17);
}
