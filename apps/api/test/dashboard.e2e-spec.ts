import { randomUUID } from 'node:crypto';
import { AccessWorld, anAccessWorld } from './support/access-world';
import { aProgramme, aSession, insertMembers } from './support/benefits';
import { startTestApp, TestApp } from './support/test-app';

interface Dashboard {
  pendingApplications: { count: number; oldestSubmittedAt: string | null };
  members: { total: number; joinedThisMonth: number };
  openStationReports: number;
  claimsAwaitingReview: number;
  programmes: { id: string; name: string; budgetFen: number | null; spentFen: number; placesTotal: number | null; placesLeft: number | null }[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The first instant of this month in Beijing time, worked out here on its own. */
function beijingMonthStart(now = new Date()): Date {
  const beijing = new Date(now.getTime() + 8 * HOUR);
  return new Date(Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), 1) - 8 * HOUR);
}

describe('the staff console’s dashboard', () => {
  let t: TestApp;
  let w: AccessWorld;
  const dashboard = async (token: string | null) => (await t.http().get('/api/v1/admin/dashboard').set('authorization', token!).expect(200)).body as Dashboard;

  beforeAll(async () => {
    t = await startTestApp();
    w = await anAccessWorld(t);
  });
  afterAll(() => t.close());

  it('counts what the records say for the caller’s subtree, town staff their own town only', async () => {
    const town = await dashboard(w.tokens.townStaff);
    const other = await dashboard(w.tokens.otherTownStaff);
    const district = await dashboard(w.tokens.districtAdmin);

    // Applications: two waiting in 柯桥 (one of them the oldest anywhere), one in 华舍, one decided.
    const oldest = await w.application();
    await w.application();
    await w.application('huashe');
    const decided = await w.application();
    await t.db.query(`UPDATE membership_applications SET status = 'rejected', reject_reason = '材料不全', reviewed_at = now() WHERE id = $1`, [decided.id]);
    const oldestAt = new Date('2020-01-02T03:04:05.000Z');
    await t.db.query(`UPDATE membership_applications SET submitted_at = $2 WHERE id = $1`, [oldest.id, oldestAt]);

    // Members: around the start of the month in Beijing (a minute after is this month, a minute before is not,
    // although in UTC both fall on the same side), and one in 华舍 this month.
    const monthStart = beijingMonthStart();
    const keqiao = await insertMembers(t, 3, { unionCode: 'joint:keqiao' });
    const huashe = await insertMembers(t, 1, { unionCode: 'joint:huashe' });
    const joined = async (memberId: string, at: Date) => t.db.query(`UPDATE members SET joined_at = $2 WHERE id = $1`, [memberId, at]);
    await joined(keqiao[0].memberId, new Date(monthStart.getTime() + MINUTE));
    await joined(keqiao[1].memberId, new Date(monthStart.getTime() - MINUTE));
    await joined(huashe[0].memberId, new Date(monthStart.getTime() + 2 * MINUTE));

    // Station reports: one open and one resolved in 柯桥, one open in 华舍.
    await w.report();
    const resolved = await w.report();
    await t.db.query(`UPDATE station_reports SET status = 'resolved', resolved_at = now() WHERE id = $1`, [resolved.id]);
    await w.report('huashe');

    // Claims waiting for approval: two in 柯桥, one in 华舍; a confirmed one waits for nothing.
    await w.claim({ requiresApproval: true });
    await w.claim({ requiresApproval: true });
    await w.claim();
    const huasheProgramme = await w.programme({ requiresApproval: true }, 'huashe');
    await t
      .http()
      .post(`/api/v1/benefits/${huasheProgramme.id}/claims`)
      .set('authorization', huashe[0].token)
      .set('idempotency-key', randomUUID())
      .send({})
      .expect(201);

    const delta = (before: Dashboard, after: Dashboard) => ({
      pending: after.pendingApplications.count - before.pendingApplications.count,
      members: after.members.total - before.members.total,
      thisMonth: after.members.joinedThisMonth - before.members.joinedThisMonth,
      reports: after.openStationReports - before.openStationReports,
      claims: after.claimsAwaitingReview - before.claimsAwaitingReview,
    });
    const townAfter = await dashboard(w.tokens.townStaff);
    const otherAfter = await dashboard(w.tokens.otherTownStaff);
    const districtAfter = await dashboard(w.tokens.districtAdmin);
    expect(delta(town, townAfter)).toEqual({ pending: 2, members: 3, thisMonth: 1, reports: 1, claims: 2 });
    expect(delta(other, otherAfter)).toEqual({ pending: 1, members: 1, thisMonth: 1, reports: 1, claims: 1 });
    expect(delta(district, districtAfter)).toEqual({ pending: 3, members: 4, thisMonth: 2, reports: 2, claims: 3 });
    expect(townAfter.pendingApplications.oldestSubmittedAt).toBe(oldestAt.toISOString());
    expect(districtAfter.pendingApplications.oldestSubmittedAt).toBe(oldestAt.toISOString());
    expect(Date.parse(otherAfter.pendingApplications.oldestSubmittedAt!)).toBeGreaterThan(oldestAt.getTime());
  });

  it('shows each running programme’s money and places, the sessions’ summed when places are per session', async () => {
    const withPlaces = await w.programme({ name: '看板名额项目', budgetFen: 500_000, costFen: 20_000, capacity: 5, remaining: 5 });
    const withSessions = await w.programme({ name: '看板批次项目', hasSessions: true });
    await aSession(t, withSessions, { capacity: 4 });
    await aSession(t, withSessions, { capacity: 6 });
    const ended = await aProgramme(t, {
      orgId: w.town.keqiao,
      name: '已结束',
      periodStart: new Date(Date.now() - 100 * 24 * HOUR),
      periodEnd: new Date(Date.now() - HOUR),
    });
    const closed = await w.programme({ name: '已关闭', active: false });
    const theirs = await w.programme({ name: '华舍项目' }, 'huashe');
    for (let i = 0; i < 2; i += 1) {
      const [member] = await insertMembers(t, 1);
      await t
        .http()
        .post(`/api/v1/benefits/${withPlaces.id}/claims`)
        .set('authorization', member.token)
        .set('idempotency-key', randomUUID())
        .send({})
        .expect(201);
    }

    const town = await dashboard(w.tokens.townStaff);
    const ids = town.programmes.map((programme) => programme.id);
    expect(ids).toEqual(expect.arrayContaining([withPlaces.id, withSessions.id]));
    for (const hidden of [ended.id, closed.id, theirs.id]) expect(ids).not.toContain(hidden);
    expect((await dashboard(w.tokens.districtAdmin)).programmes.map((programme) => programme.id)).toContain(theirs.id);

    const [row] = await t.db.query(`SELECT budget_fen::int AS budget, spent_fen::int AS spent, capacity, remaining FROM benefit_programmes WHERE id = $1`, [
      withPlaces.id,
    ]);
    expect(row).toEqual({ budget: 500_000, spent: 40_000, capacity: 5, remaining: 3 });
    expect(town.programmes.find((programme) => programme.id === withPlaces.id)).toEqual({
      id: withPlaces.id,
      name: '看板名额项目',
      budgetFen: row.budget,
      spentFen: row.spent,
      placesTotal: row.capacity,
      placesLeft: row.remaining,
    });
    expect(town.programmes.find((programme) => programme.id === withSessions.id)).toEqual({
      id: withSessions.id,
      name: '看板批次项目',
      budgetFen: null,
      spentFen: 0,
      placesTotal: 10,
      placesLeft: 10,
    });
  });

  it('is for staff only', async () => {
    for (const caller of ['owner', 'worker', 'linkedProvider'] as const) {
      const answer = await t.http().get('/api/v1/admin/dashboard').set('authorization', w.tokens[caller]!);
      expect(answer.status).toBe(403);
      expect(answer.body.code).toBe('FORBIDDEN');
    }
    await t.http().get('/api/v1/admin/dashboard').expect(401);
  });
});
