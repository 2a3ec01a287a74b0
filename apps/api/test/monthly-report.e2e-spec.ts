import { creditCodeCheckCharacter, OCCUPATION_CODES, Occupation, organisationCodeCheckCharacter } from '@kgh/shared';
import { randomBytes } from 'node:crypto';
import type { Response } from 'supertest';
import * as XLSX from 'xlsx';
import { TokensService } from '../src/auth/tokens.service';
import { User } from '../src/auth/user.entity';
import { applicationRecord } from '../src/membership/application-record';
import { MembershipApplication } from '../src/membership/membership-application.entity';
import { Org } from '../src/orgs/org.entity';
import { REPORT_COLUMNS } from '../src/reports/report-columns';
import { aProgramme } from './support/benefits';
import { anApplication } from './support/factories';
import { signInStaff } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

// The world of this file lives in 2021, long before any demo record, so every figure of its months
// comes from the rows made here; the expected numbers are worked out below from those rows alone.

type Unit = 'keqiao' | 'huashe' | 'direct';
interface Period {
  month: number;
  yearToDate: number;
}

const at = (day: string, time = '12:00:00') => new Date(`${day}T${time}+08:00`);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** supertest's parser for a binary body: the bytes as they came. */
const binary = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** The month's bounds, worked out here on their own: Beijing midnight is 16:00 UTC the day before. */
function bounds(month: string) {
  const [year, number] = month.split('-').map(Number);
  const utcMidnight = (y: number, m: number) => Date.UTC(y, m, 1) - 8 * 3_600_000;
  return { yearStart: utcMidnight(year, 0), start: utcMidnight(year, number - 1), end: utcMidnight(year, number) };
}
const inMonth = (month: string, when: Date | null) => when !== null && when.getTime() >= bounds(month).start && when.getTime() < bounds(month).end;
const inYear = (month: string, when: Date | null) => when !== null && when.getTime() >= bounds(month).yearStart && when.getTime() < bounds(month).end;
const before = (month: string, when: Date | null) => when !== null && when.getTime() < bounds(month).end;
const counted = <T>(month: string, items: T[], when: (item: T) => Date | null, value: (item: T) => number = () => 1): Period => ({
  month: items.filter((item) => inMonth(month, when(item))).reduce((sum, item) => sum + value(item), 0),
  yearToDate: items.filter((item) => inYear(month, when(item))).reduce((sum, item) => sum + value(item), 0),
});

let codeCounter = 0;
function aCreditCode(): string {
  codeCounter += 1;
  const orgBody = `R${String(process.pid % 1000).padStart(3, '0')}${String(codeCounter).padStart(4, '0')}`;
  const first17 = `91330603${orgBody}${organisationCodeCheckCharacter(orgBody)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

interface Fixtures {
  members: { unit: Unit; occupation: Occupation; joinedAt: Date; enterprise: string | null }[];
  applications: { unit: Unit; submittedAt: Date; reviewedAt: Date | null }[];
  enterprises: {
    key: string;
    unit: Unit;
    createdAt: Date;
    steps: { status: string; mode: string | null; at: Date }[];
    workers: { value: number; at: Date }[];
  }[];
  stations: { unit: Unit; createdAt: Date; closedAt: Date | null }[];
  checkIns: { unit: Unit; at: Date }[];
  stationReports: { unit: Unit; createdAt: Date; resolvedAt: Date | null }[];
  claims: { unit: Unit; programme: string; costFen: number; confirmedAt: Date | null; redeemedAt: Date | null }[];
  legal: { unit: Unit; moves: { from: string; to: string; at: Date }[]; amounts: { claimed?: number; agreed?: number; recovered?: number; at: Date }[] }[];
  allocations: { unit: Unit; amountFen: number; on: string }[];
  spendings: { unit: Unit; amountFen: number; on: string }[];
}

/** Every figure of the fixtures for `unit` (all units when null) in `month`, worked out in plain JavaScript. */
function expected(f: Fixtures, month: string, unit: Unit | null) {
  const mine = <T extends { unit: Unit }>(items: T[]) => items.filter((item) => unit === null || item.unit === unit);
  const { end } = bounds(month);
  const lastBefore = <T extends { at: Date }>(items: T[]) => items.filter((item) => item.at.getTime() < end).at(-1);
  const enterprises = mine(f.enterprises)
    .filter((e) => before(month, e.createdAt))
    .map((e) => ({ ...e, status: lastBefore(e.steps)!, workers: lastBefore(e.workers)!.value }));
  const open = enterprises.filter((e) => ['established', 'not_established'].includes(e.status.status));
  const inCensus = new Set(open.map((e) => e.key));
  const status = (s: string) => enterprises.filter((e) => e.status.status === s).length;
  const mode = (m: string) => enterprises.filter((e) => e.status.status === 'established' && e.status.mode === m).length;
  const members = mine(f.members).filter((m) => before(month, m.joinedAt));
  // Calendar days: in the year and no later than the month's last day.
  const nextFirstDay = new Date(end + 8 * 3_600_000).toISOString().slice(0, 10);
  const byMonthEnd = (day: string) => day.startsWith(month.slice(0, 4)) && day < nextFirstDay;
  const fen = (items: { amountFen: number }[]) => items.reduce((sum, item) => sum + item.amountFen, 0);
  const spentFen = { month: fen(mine(f.spendings).filter((s) => s.on.startsWith(month))), yearToDate: fen(mine(f.spendings).filter((s) => byMonthEnd(s.on))) };
  const allocatedFen = fen(mine(f.allocations).filter((a) => byMonthEnd(a.on)));
  const moves = mine(f.legal).flatMap((request) => request.moves.map((move) => ({ ...move, request })));
  const amountAtEnd = (request: Fixtures['legal'][number], key: 'claimed' | 'agreed' | 'recovered') =>
    request.amounts.filter((a) => a.at.getTime() < end && a[key] !== undefined).at(-1)?.[key] ?? 0;
  const legalMoves = (to: string[], fromNot = '') => moves.filter((m) => to.includes(m.to) && m.from !== fromNot);
  const stations = mine(f.stations).filter((s) => before(month, s.createdAt));
  const claims = mine(f.claims);
  const newFormWorkers = open.reduce((sum, e) => sum + e.workers, 0);
  // Members at a census enterprise count where the enterprise is, whichever union they joined.
  const newFormWorkerMembers = f.members.filter((m) => before(month, m.joinedAt) && m.enterprise !== null && inCensus.has(m.enterprise)).length;
  const established = (when: (day: Date) => boolean) => enterprises.filter((e) => e.steps.some((s) => s.status === 'established' && when(s.at))).length;
  return {
    census: {
      enterprises: enterprises.length,
      byStatus: { established: status('established'), not_established: status('not_established'), moved_out: status('moved_out'), closed: status('closed') },
      byMode: { standalone: mode('standalone'), lead: mode('lead'), industry: mode('industry') },
      newlyEstablished: { month: established((day) => inMonth(month, day)), yearToDate: established((day) => inYear(month, day)) },
      newFormWorkers,
      newFormWorkerMembers,
      joinRate: newFormWorkers === 0 ? null : newFormWorkerMembers / newFormWorkers,
    },
    membership: {
      members: members.length,
      joined: counted(month, members, (m) => m.joinedAt),
      joinedByOccupation: OCCUPATION_CODES.map((occupation) => ({
        occupation,
        joined: counted(
          month,
          members.filter((m) => m.occupation === occupation),
          (m) => m.joinedAt,
        ),
      })),
      pendingApplications: mine(f.applications).filter((a) => before(month, a.submittedAt) && !before(month, a.reviewedAt)).length,
    },
    legal: {
      consultations: counted(month, legalMoves(['answered']), (m) => m.at),
      casesRegistered: counted(month, legalMoves(['registered']), (m) => m.at),
      casesClosed: counted(month, legalMoves(['fulfilled', 'declined', 'referred', 'withdrawn'], 'submitted'), (m) => m.at),
      amountClaimedFen: counted(
        month,
        legalMoves(['registered']),
        (m) => m.at,
        (m) => amountAtEnd(m.request, 'claimed'),
      ),
      amountAgreedFen: counted(
        month,
        legalMoves(['agreed']),
        (m) => m.at,
        (m) => amountAtEnd(m.request, 'agreed'),
      ),
      amountRecoveredFen: counted(
        month,
        legalMoves(['fulfilled']),
        (m) => m.at,
        (m) => amountAtEnd(m.request, 'recovered'),
      ),
    },
    benefits: {
      confirmed: counted(month, claims, (c) => c.confirmedAt),
      redeemed: counted(month, claims, (c) => c.redeemedAt),
      spentFen: counted(
        month,
        claims,
        (c) => c.redeemedAt,
        (c) => c.costFen,
      ),
    },
    stations: {
      active: stations.filter((s) => !before(month, s.closedAt)).length,
      checkIns: counted(month, mine(f.checkIns), (c) => c.at),
      reportsOpened: counted(month, mine(f.stationReports), (r) => r.createdAt),
      reportsResolved: counted(month, mine(f.stationReports), (r) => r.resolvedAt),
      reportsOpen: mine(f.stationReports).filter((r) => before(month, r.createdAt) && !before(month, r.resolvedAt)).length,
    },
    fund: { allocatedFen, spentFen, balanceFen: allocatedFen - spentFen.yearToDate },
  };
}

describe('the monthly report', () => {
  let t: TestApp;
  let admin: string;
  let keqiaoStaff: string;
  const org: Record<string, string> = {};
  const unitOrg: Record<Unit, string> = { keqiao: '', huashe: '', direct: '' };
  const f: Fixtures = {
    members: [],
    applications: [],
    enterprises: [],
    stations: [],
    checkIns: [],
    stationReports: [],
    claims: [],
    legal: [],
    allocations: [],
    spendings: [],
  };
  /** For the changes made after the months: ids and tokens of some of the rows. */
  const later = {
    enterpriseToEstablish: '',
    enterpriseToGrow: '',
    claimToCancel: { id: '', token: '' },
    stationToClose: '',
    reportToResolve: '',
    applicationToApprove: '',
    caseToFulfil: '',
    programmeToRebudget: '',
  };

  const get = (query: Record<string, string>, token = admin) => t.http().get('/api/v1/admin/reports/monthly').query(query).set('authorization', token);
  const report = async (month: string, token = admin, orgId?: string) => {
    const response = await get(orgId ? { month, orgId } : { month }, token);
    expect(response.status).toBe(200);
    return response.body as {
      rows: Row[];
      total: Row;
      programmes: { id: string; budgetFen: number | null; spentToDateFen: number }[];
      union: { name: string };
    };
  };
  interface Row {
    name: string;
    kind: string;
    org: { id: string };
    census: unknown;
    membership: unknown;
    legal: unknown;
    benefits: { confirmed: Period; redeemed: Period; spentFen: Period; byProgramme: { programmeId: string; spentFen: Period }[] };
    stations: unknown;
    fund: unknown;
  }

  const member = async (unit: Unit, union: string, occupation: Occupation, joinedAt: Date, enterprise: { key: string; id: string } | null = null) => {
    const user = await t.db.getRepository(User).save({ displayName: '月报会员', roles: ['worker'], phone: null });
    const input = anApplication({ occupation, townCode: unit === 'huashe' ? 'huashe' : 'keqiao' }) as unknown as Parameters<typeof applicationRecord>[0];
    const application = await t.db
      .getRepository(MembershipApplication)
      .save({ ...applicationRecord(input, user.id, org[union], t.config.keys), enterpriseId: enterprise?.id ?? null, status: 'approved' as const });
    await t.db.query(`UPDATE membership_applications SET submitted_at = $2, reviewed_at = $3 WHERE id = $1`, [
      application.id,
      new Date(joinedAt.getTime() - 86_400_000),
      joinedAt,
    ]);
    const [row] = await t.db.query(
      `INSERT INTO members (user_id, application_id, id_number_index, member_number, union_org_id, gender, occupation, joined_at)
       VALUES ($1, $2, $3, $4, $5, 'male', $6, $7) RETURNING id`,
      [user.id, application.id, application.idNumberIndex, `R${randomBytes(6).toString('hex')}`, org[union], occupation, joinedAt],
    );
    f.members.push({ unit, occupation, joinedAt, enterprise: enterprise?.key ?? null });
    f.applications.push({ unit, submittedAt: new Date(joinedAt.getTime() - 86_400_000), reviewedAt: joinedAt });
    return { memberId: row.id as string, userId: user.id, token: `Bearer ${(await t.app.get(TokensService).startSession(user)).accessToken}` };
  };

  const application = async (unit: Unit, union: string, submittedAt: Date, reviewedAt: Date | null) => {
    const user = await t.db.getRepository(User).save({ displayName: '月报申请人', roles: ['worker'], phone: null });
    const input = anApplication({ townCode: unit === 'huashe' ? 'huashe' : 'keqiao' }) as unknown as Parameters<typeof applicationRecord>[0];
    const saved = await t.db.getRepository(MembershipApplication).save({
      ...applicationRecord(input, user.id, org[union], t.config.keys),
      status: reviewedAt ? ('rejected' as const) : ('pending' as const),
      rejectReason: reviewedAt ? '材料不全' : null,
    });
    await t.db.query(`UPDATE membership_applications SET submitted_at = $2, reviewed_at = $3 WHERE id = $1`, [saved.id, submittedAt, reviewedAt]);
    f.applications.push({ unit, submittedAt, reviewedAt });
    return saved.id;
  };

  /** An enterprise registered through the API, its timeline then moved back to 2021. */
  const enterprise = async (key: string, unit: 'keqiao' | 'huashe', createdAt: Date, newFormWorkers: number) => {
    const created = await t
      .http()
      .post('/api/v1/admin/enterprises')
      .set('authorization', admin)
      .send({
        name: `月报测试企业${key}${randomBytes(3).toString('hex')}`,
        creditCode: aCreditCode(),
        industry: 'express',
        townCode: unit,
        address: '测试路1号',
        workers: 100,
        newFormWorkers,
      });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    await t.db.query(`UPDATE enterprises SET created_at = $2 WHERE id = $1`, [id, createdAt]);
    await t.db.query(`UPDATE enterprise_status_changes SET changed_at = $2 WHERE enterprise_id = $1`, [id, createdAt]);
    f.enterprises.push({
      key,
      unit,
      createdAt,
      steps: [{ status: 'not_established', mode: null, at: createdAt }],
      workers: [{ value: newFormWorkers, at: createdAt }],
    });
    return { key, id };
  };
  const changeStatus = async (e: { key: string; id: string }, status: string, mode: string | null, when: Date, union: string | null = null) => {
    const body = mode ? { unionStatus: status, reason: '月报测试', formationMode: mode, unionOrgId: org[union!] } : { unionStatus: status, reason: '月报测试' };
    await t.http().post(`/api/v1/admin/enterprises/${e.id}/status`).set('authorization', admin).send(body).expect(200);
    await t.db.query(`UPDATE enterprise_status_changes SET changed_at = $2 WHERE enterprise_id = $1 AND changed_at > now() - interval '1 minute'`, [
      e.id,
      when,
    ]);
    f.enterprises.find((one) => one.key === e.key)!.steps.push({ status, mode, at: when });
  };

  const station = async (unit: 'keqiao' | 'huashe', createdAt: Date) => {
    const created = await t
      .http()
      .post('/api/v1/admin/stations')
      .set('authorization', admin)
      .send({
        name: `月报驿站${randomBytes(4).toString('hex')}`,
        kind: 'worker_station',
        townCode: unit,
        address: `月报路${randomBytes(4).toString('hex')}号`,
        lat: 30.08,
        lng: 120.49,
        amenities: ['water'],
        openingHours: { is24h: true, weekly: {} },
      });
    expect(created.status).toBe(201);
    await t.db.query(`UPDATE stations SET created_at = $2 WHERE id = $1`, [created.body.id, createdAt]);
    f.stations.push({ unit, createdAt, closedAt: null });
    return { id: created.body.id as string, fixture: f.stations.at(-1)! };
  };
  const checkIn = async (unit: Unit, stationId: string, when: Date) => {
    await t.db.query(
      `INSERT INTO station_check_ins (station_id, user_id, checked_in_at) VALUES ($1, (SELECT id FROM users WHERE username = 'keqiao-staff'), $2)`,
      [stationId, when],
    );
    f.checkIns.push({ unit, at: when });
  };
  const stationReport = async (unit: Unit, stationId: string, createdAt: Date, resolvedAt: Date | null) => {
    const [row] = await t.db.query(
      `INSERT INTO station_reports (station_id, user_id, kind, status, resolved_at, created_at)
       VALUES ($1, (SELECT id FROM users WHERE username = 'keqiao-staff'), 'closed', $2, $3, $4) RETURNING id`,
      [stationId, resolvedAt ? 'resolved' : 'open', resolvedAt, createdAt],
    );
    f.stationReports.push({ unit, createdAt, resolvedAt });
    return row.id as string;
  };

  let claimCounter = 0;
  const claim = async (
    unit: Unit,
    who: { memberId: string; userId: string },
    programme: { id: string; costFen: number },
    confirmedAt: Date | null,
    redeemedAt: Date | null,
  ) => {
    claimCounter += 1;
    const status = redeemedAt ? 'redeemed' : confirmedAt ? 'confirmed' : 'pending_review';
    const [row] = await t.db.query(
      `INSERT INTO benefit_claims (programme_id, member_id, user_id, status, period_key, cost_fen, confirmed_at, redeemed_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($7, now())) RETURNING id`,
      [programme.id, who.memberId, who.userId, status, `t-${claimCounter}`, programme.costFen, confirmedAt, redeemedAt],
    );
    f.claims.push({ unit, programme: programme.id, costFen: programme.costFen, confirmedAt, redeemedAt });
    return row.id as string;
  };

  let legalCounter = 0;
  const legalRequest = async (
    unit: Unit,
    submittedAt: Date,
    moves: { from: string; to: string; at: Date }[],
    amounts: { claimed?: number; agreed?: number; recovered?: number; at: Date }[] = [],
  ) => {
    legalCounter += 1;
    const orgId = unitOrg[unit];
    const last = moves.at(-1)!;
    const [request] = await t.db.query(
      `INSERT INTO legal_requests (number, user_id, topic, against, description, is_member, phone, town_code, org_id, status, kind, submitted_at)
       VALUES ($1, (SELECT id FROM users WHERE username = 'keqiao-staff'), 'unpaid_wages', 'platform', '拖欠工资，请求帮助', false, '13900001111', $2, $3, $4, $5, $6) RETURNING id`,
      [
        `WQ2021TEST-${String(legalCounter).padStart(4, '0')}`,
        unit === 'huashe' ? 'huashe' : 'keqiao',
        orgId,
        last.to,
        last.to === 'answered' ? 'consultation' : 'case',
        submittedAt,
      ],
    );
    // Each status event carries the amounts as they stood after it; amount changes are events of their own.
    const events = [
      { kind: 'status', from: null as string | null, to: 'submitted' as string | null, at: submittedAt },
      ...moves.map((move) => ({ kind: 'status', from: move.from, to: move.to, at: move.at })),
      ...amounts.map((amount) => ({ kind: 'amounts', from: null, to: null, at: amount.at })),
    ].sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const event of events) {
      const standing = amounts.filter((a) => a.at.getTime() <= event.at.getTime());
      const latest = (key: 'claimed' | 'agreed' | 'recovered') => standing.filter((a) => a[key] !== undefined).at(-1)?.[key] ?? null;
      await t.db.query(
        `INSERT INTO legal_request_events (request_id, at, by_worker, kind, from_status, to_status, text, amount_claimed_fen, amount_agreed_fen, amount_recovered_fen)
         VALUES ($1, $2, false, $3, $4, $5, '进展', $6, $7, $8)`,
        [request.id, event.at, event.kind, event.from, event.to, latest('claimed'), latest('agreed'), latest('recovered')],
      );
    }
    f.legal.push({ unit, moves, amounts });
    return request.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInStaff(t, 'district-admin');
    keqiaoStaff = await signInStaff(t, 'keqiao-staff');
    for (const row of await t.db.getRepository(Org).find()) org[row.code] = row.id;
    Object.assign(unitOrg, { keqiao: org['town:keqiao'], huashe: org['town:huashe'], direct: org.district });

    // The census: established in March, grown in May, moved out in March, registered in April, established in May.
    const e1 = await enterprise('e1', 'keqiao', at('2021-02-10'), 30);
    await changeStatus(e1, 'established', 'lead', at('2021-03-15'), 'joint:keqiao');
    const e2 = await enterprise('e2', 'keqiao', at('2021-02-10'), 20);
    later.enterpriseToGrow = e2.id;
    await t.http().patch(`/api/v1/admin/enterprises/${e2.id}`).set('authorization', admin).send({ newFormWorkers: 50 }).expect(200);
    await t.db.query(`UPDATE enterprise_ledger_changes SET changed_at = $2 WHERE enterprise_id = $1`, [e2.id, at('2021-05-10')]);
    f.enterprises.find((e) => e.key === 'e2')!.workers.push({ value: 50, at: at('2021-05-10') });
    const e3 = await enterprise('e3', 'huashe', at('2021-03-05'), 10);
    await changeStatus(e3, 'established', 'standalone', at('2021-05-20'), 'joint:huashe');
    const e4 = await enterprise('e4', 'huashe', at('2021-02-01'), 8);
    await changeStatus(e4, 'moved_out', null, at('2021-03-20'));
    const e5 = await enterprise('e5', 'keqiao', at('2021-04-01'), 5);
    later.enterpriseToEstablish = e5.id;

    // Members: around March's end in Beijing time, in both towns, of the district's express union, some at census enterprises.
    const keqiaoMember = await member('keqiao', 'joint:keqiao', 'courier', at('2021-01-10'));
    await member('keqiao', 'joint:keqiao', 'courier', at('2021-03-05'), e1);
    await member('keqiao', 'joint:keqiao', 'food_delivery', at('2021-03-31', '23:59:59'), e1);
    await member('keqiao', 'joint:keqiao', 'food_delivery', at('2021-04-01', '00:00:00'));
    await member('keqiao', 'joint:keqiao', 'livestreamer', at('2021-06-12'), e1);
    await member('keqiao', 'joint:keqiao', 'courier', at('2021-06-20'), e2);
    const huasheMember = await member('huashe', 'joint:huashe', 'freight_driver', at('2021-02-14'), e4);
    await member('huashe', 'joint:huashe', 'domestic_worker', at('2021-06-03'), e3);
    const courier = await member('direct', 'express-industry', 'courier', at('2021-03-18'), e1);

    // Applications: one decided within March, one waiting over March's end, one waiting at June's end.
    await application('keqiao', 'joint:keqiao', at('2021-03-01'), at('2021-03-20'));
    await application('keqiao', 'joint:keqiao', at('2021-03-10'), at('2021-04-02'));
    later.applicationToApprove = await application('huashe', 'joint:huashe', at('2021-06-20'), null);

    // Stations: one closed in May, one opened in April; check-ins on both sides of March's end.
    const s1 = await station('keqiao', at('2021-02-01'));
    later.stationToClose = s1.id;
    const s2 = await station('keqiao', at('2021-02-01'));
    await t.http().delete(`/api/v1/admin/stations/${s2.id}`).set('authorization', admin).expect(200);
    await t.db.query(`UPDATE station_status_changes SET changed_at = $2 WHERE station_id = $1`, [s2.id, at('2021-05-05')]);
    s2.fixture.closedAt = at('2021-05-05');
    const s3 = await station('huashe', at('2021-04-10'));
    for (const day of ['2021-03-02', '2021-03-15', '2021-06-01', '2021-06-30']) await checkIn('keqiao', s1.id, at(day));
    await checkIn('keqiao', s1.id, at('2021-03-31', '23:59:59'));
    await checkIn('keqiao', s2.id, at('2021-04-01', '00:00:00'));
    for (const day of ['2021-06-02', '2021-06-03', '2021-06-04']) await checkIn('huashe', s3.id, at(day));
    await stationReport('keqiao', s1.id, at('2021-03-10'), at('2021-03-12'));
    later.reportToResolve = await stationReport('keqiao', s1.id, at('2021-03-25'), null);
    await stationReport('huashe', s3.id, at('2021-06-02'), at('2021-06-20'));

    // Claims: a district programme and a town's, its budget changed in May.
    const checkup = await aProgramme(t, { name: '月报体检', costFen: 120_000, budgetFen: 50_000_000 });
    const trip = await aProgramme(t, { name: '月报疗休养', costFen: 100_000, budgetFen: 2_000_000, orgId: org['town:keqiao'] });
    later.programmeToRebudget = trip.id;
    await t.http().patch(`/api/v1/admin/benefits/${trip.id}`).set('authorization', admin).send({ budgetFen: 3_000_000 }).expect(200);
    await t.db.query(`UPDATE benefit_programme_budget_changes SET changed_at = $2 WHERE programme_id = $1`, [trip.id, at('2021-05-01')]);
    await claim('keqiao', keqiaoMember, checkup, at('2021-03-03'), at('2021-03-20'));
    const toCancel = await claim('keqiao', keqiaoMember, trip, at('2021-03-04'), null);
    later.claimToCancel = { id: toCancel, token: keqiaoMember.token };
    await claim('keqiao', keqiaoMember, trip, at('2021-02-25'), at('2021-06-05'));
    await claim('huashe', huasheMember, checkup, at('2021-06-01'), at('2021-06-02'));
    await claim('huashe', huasheMember, trip, at('2021-06-10'), null);
    await claim('direct', courier, checkup, at('2021-03-31', '23:59:59'), at('2021-04-01', '00:00:00'));
    await claim('huashe', huasheMember, checkup, null, null);
    // The claims were written here, not through the places: the programmes' money is brought in line with them.
    await t.db.query(
      `UPDATE benefit_programmes p SET spent_fen = (SELECT coalesce(sum(cost_fen), 0) FROM benefit_claims c WHERE c.programme_id = p.id AND c.status IN ('pending_review', 'confirmed', 'redeemed'))
        WHERE p.id = ANY($1::uuid[])`,
      [[checkup.id, trip.id]],
    );

    // Rights services: a consultation, a case through to fulfilment, one registered in June, a request declined, a case withdrawn.
    await legalRequest('keqiao', at('2021-03-02'), [{ from: 'submitted', to: 'answered', at: at('2021-03-03') }]);
    await legalRequest(
      'keqiao',
      at('2021-03-05'),
      [
        { from: 'submitted', to: 'registered', at: at('2021-03-06') },
        { from: 'registered', to: 'mediating', at: at('2021-03-10') },
        { from: 'mediating', to: 'agreed', at: at('2021-03-20') },
        { from: 'agreed', to: 'fulfilled', at: at('2021-06-10') },
      ],
      [
        { claimed: 500_000, at: at('2021-03-06') },
        { agreed: 400_000, at: at('2021-03-20') },
        { recovered: 400_000, at: at('2021-06-10') },
      ],
    );
    later.caseToFulfil = await legalRequest(
      'huashe',
      at('2021-05-30'),
      [{ from: 'submitted', to: 'registered', at: at('2021-06-01') }],
      [{ claimed: 300_000, at: at('2021-06-01') }],
    );
    await legalRequest('huashe', at('2021-03-10'), [{ from: 'submitted', to: 'declined', at: at('2021-03-11') }]);
    await legalRequest(
      'keqiao',
      at('2021-02-09'),
      [
        { from: 'submitted', to: 'registered', at: at('2021-02-10') },
        { from: 'registered', to: 'withdrawn', at: at('2021-03-15') },
      ],
      [{ claimed: 100_000, at: at('2021-02-10') }],
    );
    await legalRequest('direct', at('2021-06-05'), [{ from: 'submitted', to: 'answered', at: at('2021-06-06') }]);

    // The special fund of 2021: 柯桥 allocated in January, 华舍 in April; spending in March and June, and one of 2020.
    const allocate = async (unit: Unit, amountFen: number, on: string) => {
      await t.db.query(`INSERT INTO special_fund_allocations (year, org_id, amount_fen, allocated_on) VALUES ($1, $2, $3, $4)`, [
        Number(on.slice(0, 4)),
        unitOrg[unit],
        amountFen,
        on,
      ]);
      f.allocations.push({ unit, amountFen, on });
    };
    const spend = async (unit: Unit, amountFen: number, on: string) => {
      await t.db.query(`INSERT INTO special_fund_spendings (org_id, spent_on, amount_fen, purpose) VALUES ($1, $2, $3, '驿站改造')`, [
        unitOrg[unit],
        on,
        amountFen,
      ]);
      f.spendings.push({ unit, amountFen, on });
    };
    await allocate('keqiao', 10_000_000, '2021-01-15');
    await allocate('huashe', 5_000_000, '2021-04-01');
    await spend('keqiao', 1_234_500, '2021-03-10');
    await spend('keqiao', 2_000_000, '2021-06-30');
    await spend('huashe', 700_000, '2021-06-01');
    await spend('keqiao', 999_900, '2020-12-20');
  }, 120_000);
  afterAll(() => t.close());

  describe.each(['2021-03', '2021-06'])('for %s', (month) => {
    it('counts each town, the district’s own unions and the total from the rows made for them', async () => {
      const body = await report(month);
      expect(body.rows.map((row) => row.kind)).toEqual([...Array(16).fill('town'), 'direct']);
      const row = (orgId: string, kind = 'town') => body.rows.find((one) => one.org.id === orgId && one.kind === kind)!;
      expect(row(unitOrg.keqiao)).toMatchObject(expected(f, month, 'keqiao'));
      expect(row(unitOrg.huashe)).toMatchObject(expected(f, month, 'huashe'));
      expect(row(unitOrg.direct, 'direct')).toMatchObject(expected(f, month, 'direct'));
      expect(body.total).toMatchObject({ kind: 'total', ...expected(f, month, null) });
      // Nothing else happened in 2021: every other town's row is zero.
      const quiet = body.rows.filter((one) => ![unitOrg.keqiao, unitOrg.huashe, unitOrg.direct].includes(one.org.id));
      for (const one of quiet) expect(one.membership).toMatchObject({ members: 0, joined: { month: 0, yearToDate: 0 } });
    });
  });

  it('shows each programme with its budget as it stood at the month’s end', async () => {
    const march = await report('2021-03');
    const june = await report('2021-06');
    expect(march.programmes.find((p) => p.id === later.programmeToRebudget)?.budgetFen).toBe(2_000_000);
    expect(june.programmes.find((p) => p.id === later.programmeToRebudget)).toMatchObject({ budgetFen: 3_000_000, spentToDateFen: 100_000 });
    const spent = june.total.benefits.byProgramme.reduce((sum, programme) => sum + programme.spentFen.yearToDate, 0);
    expect(spent).toBe(june.total.benefits.spentFen.yearToDate);
  });

  it('leaves a past month as it was after later changes to its records', async () => {
    const months = ['2021-03', '2021-06'];
    const before = await Promise.all(months.map((month) => report(month)));
    const strip = (body: object) => ({ ...body, generatedAt: undefined });

    await t
      .http()
      .post(`/api/v1/admin/enterprises/${later.enterpriseToEstablish}/status`)
      .set('authorization', admin)
      .send({ unionStatus: 'established', reason: '后来建会', formationMode: 'lead', unionOrgId: org['joint:keqiao'] })
      .expect(200);
    await t
      .http()
      .patch(`/api/v1/admin/enterprises/${later.enterpriseToGrow}`)
      .set('authorization', admin)
      .send({ newFormWorkers: 70, townCode: 'huashe' })
      .expect(200);
    await t.http().post(`/api/v1/claims/${later.claimToCancel.id}/cancel`).set('authorization', later.claimToCancel.token).expect(200);
    await t.http().delete(`/api/v1/admin/stations/${later.stationToClose}`).set('authorization', admin).expect(200);
    await t.http().post(`/api/v1/admin/stations/reports/${later.reportToResolve}/resolve`).set('authorization', admin).send({}).expect(200);
    await t.http().post(`/api/v1/admin/applications/${later.applicationToApprove}/approve`).set('authorization', admin).expect(200);
    await t.http().patch(`/api/v1/admin/benefits/${later.programmeToRebudget}`).set('authorization', admin).send({ budgetFen: 9_000_000 }).expect(200);
    // The case agreed and fulfilled now, and its claimed amount raised.
    await t.db.query(
      `INSERT INTO legal_request_events (request_id, at, by_worker, kind, from_status, to_status, text, amount_claimed_fen, amount_agreed_fen, amount_recovered_fen)
       VALUES ($1, now(), false, 'amounts', NULL, NULL, '金额变更', 900000, NULL, NULL),
              ($1, now(), false, 'status', 'registered', 'agreed', '达成协议', 900000, 800000, NULL),
              ($1, now(), false, 'status', 'agreed', 'fulfilled', '已履行', 900000, 800000, 800000)`,
      [later.caseToFulfil],
    );
    await t.db.query(
      `UPDATE legal_requests SET status = 'fulfilled', amount_claimed_fen = 900000, amount_agreed_fen = 800000, amount_recovered_fen = 800000 WHERE id = $1`,
      [later.caseToFulfil],
    );

    const after = await Promise.all(months.map((month) => report(month)));
    expect(after.map(strip)).toEqual(before.map(strip));
    // The changes count in this month instead.
    const now = (await report(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7))) as unknown as {
      total: { legal: { casesClosed: Period }; stations: { reportsResolved: Period } };
    };
    expect(now.total.legal.casesClosed.month).toBeGreaterThanOrEqual(1);
    expect(now.total.stations.reportsResolved.month).toBeGreaterThanOrEqual(1);
  });

  it('downloads the same numbers as an Excel workbook, read back by another reader', async () => {
    const month = '2021-06';
    const json = await report(month);
    const response = await get({ month }).set('accept', XLSX_TYPE).buffer(true).parse(binary);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain(XLSX_TYPE);
    expect(response.headers['cache-control']).toBe('no-store');
    const fileName = `新业态新就业群体建会入会和维权服务工作情况表-${json.union.name}-2021年6月.xlsx`;
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="monthly-report-2021-06.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    );

    const workbook = XLSX.read(response.body as Buffer, { type: 'buffer', cellNF: true });
    expect(workbook.SheetNames).toEqual(['情况表', '指标说明', '福利项目']);
    const sheet = workbook.Sheets['情况表'];
    expect(sheet.A1.v).toBe(`《新业态新就业群体建会入会和维权服务工作情况表》 2021年6月 ${json.union.name}`);
    expect(sheet['!merges']).toEqual(expect.arrayContaining([{ s: { r: 0, c: 0 }, e: { r: 0, c: REPORT_COLUMNS.length } }]));
    const cells = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null });
    const labels = cells[3];
    expect(labels.slice(1)).toEqual(REPORT_COLUMNS.map((column) => column.label));
    const bodyRows = cells.slice(4);
    expect(bodyRows.map((row) => row[0])).toEqual([...json.rows.map((row) => row.name), '合计']);
    [...json.rows, json.total].forEach((row, i) => {
      REPORT_COLUMNS.forEach((column, c) => {
        const value = column.value(row as never);
        const expectedCell = value === null ? null : column.format === 'yuan' ? value / 100 : value;
        if (expectedCell === null) expect(bodyRows[i][c + 1]).toBeNull();
        else expect(bodyRows[i][c + 1]).toBeCloseTo(expectedCell, 10);
      });
    });
    // Yuan are numbers with two decimals; counts whole numbers.
    const yuanColumn = REPORT_COLUMNS.findIndex((column) => column.label === '支出（元）（本年累计）' && column.group === '普惠服务') + 1;
    const totalCell = sheet[XLSX.utils.encode_cell({ r: 4 + json.rows.length, c: yuanColumn })];
    expect({ t: totalCell.t, v: totalCell.v, z: totalCell.z }).toEqual({ t: 'n', v: json.total.benefits.spentFen.yearToDate / 100, z: '0.00' });
    // The header and the names column stay in view (SheetJS does not read panes: the sheet's XML says it).
    const sheetXml = XLSX.CFB.find(XLSX.CFB.read(response.body as Buffer, { type: 'buffer' }), '/xl/worksheets/sheet1.xml')!.content as Buffer;
    expect(Buffer.from(sheetXml).toString()).toMatch(/<pane [^>]*xSplit="1" ySplit="4"[^>]*state="frozen"/);
    const definitions = XLSX.utils.sheet_to_json<Record<string, string>>(workbook.Sheets['指标说明']);
    expect(definitions.filter((row) => row['指标']).map((row) => row['指标'])).toEqual(REPORT_COLUMNS.map((column) => column.label));

    const [audit] = await t.db.query(`SELECT detail FROM audit_entries WHERE action = 'report.monthly.export' ORDER BY created_at DESC LIMIT 1`);
    expect(audit.detail).toMatchObject({ month, format: 'xlsx' });
  });

  it('gives a town’s staff their own town alone, and 404 for another’s', async () => {
    const own = await report('2021-06', keqiaoStaff);
    expect(own.rows.map((row) => row.org.id)).toEqual([unitOrg.keqiao]);
    expect(own.total).toMatchObject(expected(f, '2021-06', 'keqiao'));
    expect((await get({ month: '2021-06', orgId: unitOrg.huashe }, keqiaoStaff)).status).toBe(404);
    expect((await get({ month: '2021-06', orgId: org.district }, keqiaoStaff)).status).toBe(404);
    expect((await get({ month: '2021-06', orgId: 'not-an-id' }, keqiaoStaff)).status).toBe(404);
    expect((await report('2021-06', keqiaoStaff, unitOrg.keqiao)).rows).toHaveLength(1);
    const workbook = await get({ month: '2021-06', format: 'xlsx' }, keqiaoStaff).buffer(true).parse(binary);
    const names = XLSX.utils
      .sheet_to_json<unknown[]>(XLSX.read(workbook.body as Buffer, { type: 'buffer' }).Sheets['情况表'], { header: 1 })
      .slice(4)
      .map((row) => row[0]);
    expect(names).toEqual(['柯桥街道总工会', '合计']);
    // The district narrows to one town.
    const huashe = await report('2021-06', admin, unitOrg.huashe);
    expect(huashe.rows.map((row) => row.org.id)).toEqual([unitOrg.huashe]);
    expect(huashe.total).toMatchObject(expected(f, '2021-06', 'huashe'));
  });

  it('refuses a month that is malformed, before 2020 or in the future, with its own code', async () => {
    const next = new Date(Date.now() + 8 * 3_600_000 + 40 * 86_400_000).toISOString().slice(0, 7);
    for (const month of ['2026-13', 'abc', '2021-3', '2019-12', next, '']) {
      const response = await get({ month });
      expect({ month, status: response.status, code: response.body.code }).toEqual({ month, status: 400, code: 'REPORT_MONTH_INVALID' });
      expect(response.body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const twice = await t.http().get('/api/v1/admin/reports/monthly?month=2021-03&month=2021-04').set('authorization', admin);
    expect({ status: twice.status, code: twice.body.code }).toEqual({ status: 400, code: 'REPORT_MONTH_INVALID' });
  });

  it('defaults to last month and counts the demo’s special fund: 112.5万 earmarked', async () => {
    const response = await get({});
    expect(response.status).toBe(200);
    expect(response.body.total.fund.allocatedFen).toBe(112_500_000);
    expect(response.body.total.fund.spentFen.yearToDate).toBeGreaterThan(0);
    expect(response.body.total.fund.balanceFen).toBeGreaterThan(0);
  });
});
