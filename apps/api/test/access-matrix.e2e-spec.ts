import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { creditCodeCheckCharacter, organisationCodeCheckCharacter } from '@kgh/shared';
import { shanghaiToday } from '../src/common/calendar-day';
import { AccessWorld, anAccessWorld, Caller, CALLERS } from './support/access-world';
import { anApplication } from './support/factories';
import { anAddress, aPhone } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

/** What one cell sends: path parameters, query, body (a string is sent as CSV), headers. */
interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: object | string;
  headers?: Record<string, string>;
}
type Row = [route: string, expected: number[], call?: (w: AccessWorld) => Promise<Call> | Call];

const DAY = 86_400_000;
const aProgrammeBody = (orgId: string) => ({
  name: '矩阵测试福利',
  orgId,
  periodStart: new Date(Date.now() - DAY).toISOString(),
  periodEnd: new Date(Date.now() + 90 * DAY).toISOString(),
  claimPeriod: 'year',
  hasSessions: false,
  costFen: 0,
  rules: {},
});
const aSessionBody = () => ({
  name: '矩阵批次',
  location: '柯桥街道职工驿站',
  opensAt: new Date(Date.now() - 3_600_000).toISOString(),
  startsAt: new Date(Date.now() + 5 * DAY).toISOString(),
  endsAt: new Date(Date.now() + 5 * DAY + 7_200_000).toISOString(),
  capacity: 5,
});
const aStationBody = () => ({
  name: `矩阵新驿站${randomUUID().slice(0, 8)}`,
  kind: 'worker_station',
  townCode: 'keqiao',
  address: `柯桥街道矩阵路${randomUUID().slice(0, 8)}号`,
  lat: 30.08,
  lng: 120.49,
  amenities: ['water'],
  openingHours: { is24h: true, weekly: {} },
});
const aStationCsv = () =>
  `name,kind,town,address,lat,lng,phone,host,amenities,hours\n矩阵导入${randomUUID().slice(0, 8)},小哥驿站,柯桥街道,矩阵导入路${randomUUID().slice(0, 8)}号,30.0812,120.4931,,,饮用水,24h\n`;

/**
 * Every route × caller → status. The objects a route names are fresh for each cell and belong to
 * 柯桥街道 (a programme of its town federation, the owner's claim, an application routed to its
 * joint union, a station there). The product's rules, as statuses: 401 without a token; 403 for a
 * role that may never do it; 404 for a record outside the caller's subtree or not theirs; 403 for
 * creating something in an org outside it. A new route gets its row here, or this file fails.
 */
// prettier-ignore
const MATRIX: Row[] = [
  //                                                        anon owner worker town  other district linked otherProvider mediator
  ['POST /api/v1/auth/sms/send',                            [202, 202, 202, 202, 202, 202, 202, 202, 202], () => ({ body: { phone: aPhone() }, headers: { 'x-forwarded-for': anAddress() } })],
  ['POST /api/v1/auth/sms/verify',                          [400, 400, 400, 400, 400, 400, 400, 400, 400], () => ({ body: { phone: aPhone(), code: '000000' } })],
  ['POST /api/v1/auth/wechat',                              [200, 200, 200, 200, 200, 200, 200, 200, 200], () => ({ body: { code: randomUUID() } })],
  ['POST /api/v1/auth/staff/login',                         [200, 200, 200, 200, 200, 200, 200, 200, 200], () => ({ body: { username: 'keqiao-staff', password: 'demo12345' } })],
  ['POST /api/v1/auth/logout',                              [204, 204, 204, 204, 204, 204, 204, 204, 204], async (w) => ({ body: { refreshToken: await w.refreshToken() } })],
  ['POST /api/v1/auth/refresh',                             [200, 200, 200, 200, 200, 200, 200, 200, 200], async (w) => ({ body: { refreshToken: await w.refreshToken() } })],
  ['GET /api/v1/me',                                        [401, 200, 200, 200, 200, 200, 200, 200, 200]],
  // A wrong current password (the demo accounts keep theirs): a worker has none to change.
  ['POST /api/v1/me/password',                              [401, 403, 403, 400, 400, 400, 400, 400, 400], () => ({ body: { currentPassword: 'not-the-password', newPassword: 'matrix-pass-2026' } })],

  ['POST /api/v1/membership/applications',                  [401, 409, 201, 403, 403, 403, 403, 403, 403], () => ({ body: anApplication({ employer: 'eleme' }) })],
  ['GET /api/v1/membership/me',                             [401, 200, 200, 200, 200, 200, 200, 200, 200]],
  ['GET /api/v1/membership/card',                           [401, 200, 404, 404, 404, 404, 404, 404, 404]],
  ['POST /api/v1/membership/card/verify',                   [401, 403, 403, 200, 200, 200, 200, 200, 403], (w) => ({ body: { payload: w.cardPayload } })],
  ['GET /api/v1/admin/applications',                        [401, 403, 403, 200, 200, 200, 403, 403, 403]],
  ['POST /api/v1/admin/applications/:id/approve',           [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: (await w.application()).id } })],
  ['POST /api/v1/admin/applications/:id/reject',            [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: (await w.application()).id }, body: { reason: '材料不全' } })],
  ['GET /api/v1/admin/applications/:id',                    [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: (await w.application()).id } })],
  // Each id answers on its own: another town's application is listed as failed (NOT_FOUND) in a 200.
  ['POST /api/v1/admin/applications/bulk-approve',          [401, 403, 403, 200, 200, 200, 403, 403, 403], async (w) => ({ body: { ids: [(await w.application()).id] } })],
  ['POST /api/v1/admin/applications/:id/id-number',         [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: (await w.application()).id }, body: { reason: '核对身份证原件' } })],
  ['GET /api/v1/admin/members',                             [401, 403, 403, 200, 200, 200, 403, 403, 403]],
  ['GET /api/v1/admin/members/export',                      [401, 403, 403, 200, 200, 200, 403, 403, 403]],
  ['GET /api/v1/admin/members/:id',                         [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: await ownerMemberId(w) } })],
  ['GET /api/v1/admin/dashboard',                           [401, 403, 403, 200, 200, 200, 403, 403, 403]],
  ['GET /api/v1/admin/reports/monthly',                     [401, 403, 403, 200, 200, 200, 403, 403, 403]],

  ['GET /api/v1/orgs/towns',                                [200, 200, 200, 200, 200, 200, 200, 200, 200]],
  ['GET /api/v1/admin/orgs',                                [401, 403, 403, 200, 200, 200, 403, 403, 403]],

  ['GET /api/v1/stations/nearby',                           [200, 200, 200, 200, 200, 200, 200, 200, 200], () => ({ query: { lat: '30.08', lng: '120.49' } })],
  ['GET /api/v1/stations/:id',                              [200, 200, 200, 200, 200, 200, 200, 200, 200], async (w) => ({ params: { id: (await w.station()).id } })],
  ['POST /api/v1/stations/:id/check-ins',                   [401, 201, 201, 403, 403, 403, 403, 403, 403], async (w) => ({ params: { id: (await w.station()).id } })],
  ['POST /api/v1/stations/:id/reports',                     [401, 201, 201, 403, 403, 403, 403, 403, 403], async (w) => ({ params: { id: (await w.station()).id }, body: { kind: 'moved' } })],
  ['GET /api/v1/admin/stations',                            [401, 403, 403, 200, 200, 200, 403, 403, 403]],
  ['POST /api/v1/admin/stations',                           [401, 403, 403, 201, 403, 201, 403, 403, 403], () => ({ body: aStationBody() })],
  // Another town's rows are import problems: 400 with the line, nothing written.
  ['POST /api/v1/admin/stations/import',                    [401, 403, 403, 201, 400, 201, 403, 403, 403], () => ({ body: aStationCsv() })],
  ['GET /api/v1/admin/stations/export',                     [401, 403, 403, 200, 200, 200, 403, 403, 403]],
  ['GET /api/v1/admin/stations/reports',                    [401, 403, 403, 200, 200, 200, 403, 403, 403]],
  ['POST /api/v1/admin/stations/reports/:reportId/resolve', [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { reportId: (await w.report()).id }, body: {} })],
  ['GET /api/v1/admin/stations/:id',                        [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: (await w.station()).id } })],
  ['PATCH /api/v1/admin/stations/:id',                      [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: (await w.station()).id }, body: { phone: '0575-88886666' } })],
  ['DELETE /api/v1/admin/stations/:id',                     [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: (await w.station()).id } })],
  ['POST /api/v1/admin/stations/:id/verify',                [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: (await w.station()).id } })],

  ['GET /api/v1/admin/enterprises',                         [401, 403, 403, 200, 200, 200, 403, 403, 403]],
  ['GET /api/v1/admin/enterprises/counts',                  [401, 403, 403, 200, 200, 200, 403, 403, 403]],
  ['GET /api/v1/admin/enterprises/export',                  [401, 403, 403, 200, 200, 200, 403, 403, 403]],
  ['POST /api/v1/admin/enterprises',                        [401, 403, 403, 201, 403, 201, 403, 403, 403], () => ({ body: anEnterpriseBody() })],
  // Another town's rows are import problems: 400 with the line, nothing written.
  ['POST /api/v1/admin/enterprises/import',                 [401, 403, 403, 201, 400, 201, 403, 403, 403], () => ({ body: anEnterpriseCsv() })],
  ['GET /api/v1/admin/enterprises/:id',                     [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: await anEnterprise(w) } })],
  ['PATCH /api/v1/admin/enterprises/:id',                   [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: await anEnterprise(w) }, body: { workers: 50 } })],
  ['POST /api/v1/admin/enterprises/:id/status',             [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: await anEnterprise(w) }, body: { unionStatus: 'closed', reason: '企业已注销' } })],
  ['POST /api/v1/admin/enterprises/:id/visits',             [401, 403, 403, 201, 404, 201, 403, 403, 403], async (w) => ({ params: { id: await anEnterprise(w) }, body: { visitedOn: '2026-01-05', workersMet: 3 } })],
  ['POST /api/v1/admin/enterprises/:id/problems/:problemId/solve', [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => aProblem(w)],
  ['GET /api/v1/enterprises/search',                        [200, 200, 200, 200, 200, 200, 200, 200, 200], () => ({ query: { q: '快递' } })],
  ['GET /api/v1/admin/census/targets',                      [401, 403, 403, 200, 200, 200, 403, 403, 403]],
  ['PUT /api/v1/admin/census/targets/:year/:townCode',      [401, 403, 403, 403, 403, 200, 403, 403, 403], () => ({ params: { year: '2026', townCode: 'keqiao' }, body: { enterprisesToOrganise: 5, membersToEnrol: 100 } })],

  ['GET /api/v1/benefits',                                  [401, 200, 200, 200, 200, 200, 200, 200, 200]],
  ['GET /api/v1/benefits/:id',                              [401, 200, 200, 200, 200, 200, 200, 200, 200], async (w) => ({ params: { id: (await w.programme()).id } })],
  ['GET /api/v1/benefits/:id/sessions',                     [401, 200, 200, 200, 200, 200, 200, 200, 200], async (w) => ({ params: { id: (await w.session()).programmeId } })],
  // Only a member the programme covers may claim: everyone else is NOT_ELIGIBLE.
  ['POST /api/v1/benefits/:id/claims',                      [401, 201, 403, 403, 403, 403, 403, 403, 403], async (w) => ({ params: { id: (await w.programme()).id }, body: {}, headers: { 'idempotency-key': randomUUID() } })],
  ['GET /api/v1/claims/me',                                 [401, 200, 200, 200, 200, 200, 200, 200, 200]],
  ['GET /api/v1/claims/:id',                                [401, 200, 404, 404, 404, 404, 404, 404, 404], async (w) => ({ params: { id: await w.claim() } })],
  ['POST /api/v1/claims/:id/cancel',                        [401, 200, 404, 404, 404, 404, 404, 404, 404], async (w) => ({ params: { id: await w.claim() } })],
  ['GET /api/v1/claims/:id/redemption-code',                [401, 200, 404, 404, 404, 404, 404, 404, 404], async (w) => ({ params: { id: await w.claim() } })],
  // The code is in the caller's hands, so a refusal reveals nothing: 403, not 404.
  ['POST /api/v1/redemptions',                              [401, 403, 403, 201, 403, 201, 201, 403, 403], async (w) => ({ body: { code: await w.redemptionCode() } })],
  ['POST /api/v1/redemptions/preview',                      [401, 403, 403, 200, 403, 200, 200, 403, 403], async (w) => ({ body: { code: await w.redemptionCode() } })],

  ['GET /api/v1/admin/benefits',                            [401, 403, 403, 200, 200, 200, 403, 403, 403]],
  ['POST /api/v1/admin/benefits',                           [401, 403, 403, 201, 403, 201, 403, 403, 403], (w) => ({ body: aProgrammeBody(w.town.keqiao) })],
  ['GET /api/v1/admin/benefits/:id',                        [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: (await w.programme()).id } })],
  ['PATCH /api/v1/admin/benefits/:id',                      [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: (await w.programme()).id }, body: { name: '改名' } })],
  ['DELETE /api/v1/admin/benefits/:id',                     [401, 403, 403, 204, 404, 204, 403, 403, 403], async (w) => ({ params: { id: (await w.programme()).id } })],
  ['POST /api/v1/admin/benefits/:id/sessions',              [401, 403, 403, 201, 404, 201, 403, 403, 403], async (w) => ({ params: { id: (await w.programme({ hasSessions: true })).id }, body: aSessionBody() })],
  ['PATCH /api/v1/admin/benefits/:id/sessions/:sessionId',  [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => sessionParams(w, { name: '改名' })],
  ['DELETE /api/v1/admin/benefits/:id/sessions/:sessionId', [401, 403, 403, 204, 404, 204, 403, 403, 403], async (w) => sessionParams(w)],
  ['GET /api/v1/admin/claims',                              [401, 403, 403, 200, 200, 200, 403, 403, 403]],
  ['POST /api/v1/admin/claims/:id/approve',                 [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: await w.claim({ requiresApproval: true }) } })],
  ['POST /api/v1/admin/claims/:id/reject',                  [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: await w.claim({ requiresApproval: true }) }, body: { reason: '材料不全' } })],

  ['POST /api/v1/legal/requests',                           [401, 201, 201, 403, 403, 403, 403, 403, 403], () => ({ body: aLegalRequestBody() })],
  ['GET /api/v1/legal/requests/me',                         [401, 200, 200, 403, 403, 403, 403, 403, 403]],
  ['GET /api/v1/legal/requests/:id',                        [401, 200, 404, 403, 403, 403, 403, 403, 403], async (w) => ({ params: { id: await w.legalRequest() } })],
  ['POST /api/v1/legal/requests/:id/notes',                 [401, 200, 404, 403, 403, 403, 403, 403, 403], async (w) => ({ params: { id: await w.legalRequest() }, body: { text: '补充：工资条已拍照' } })],
  ['POST /api/v1/legal/requests/:id/withdraw',              [401, 200, 404, 403, 403, 403, 403, 403, 403], async (w) => ({ params: { id: await w.legalRequest() }, body: {} })],
  // The mediator below is assigned every registered case the factory makes, and none of the queue.
  ['GET /api/v1/admin/legal/requests',                      [401, 403, 403, 200, 200, 200, 403, 403, 403]],
  ['GET /api/v1/admin/legal/cases',                         [401, 403, 403, 200, 200, 200, 403, 403, 200]],
  ['GET /api/v1/admin/legal/assignees',                     [401, 403, 403, 200, 200, 200, 403, 403, 403]],
  ['GET /api/v1/admin/legal/cases/:id',                     [401, 403, 403, 200, 404, 200, 403, 403, 200], async (w) => ({ params: { id: await w.legalRequest('registered') } })],
  ['POST /api/v1/admin/legal/cases/:id/answer',             [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: await w.legalRequest() }, body: { advice: '建议保留接单记录后申请调解' } })],
  ['POST /api/v1/admin/legal/cases/:id/register',           [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: await w.legalRequest() }, body: {} })],
  ['POST /api/v1/admin/legal/cases/:id/transition',         [401, 403, 403, 200, 404, 200, 403, 403, 200], async (w) => ({ params: { id: await w.legalRequest('registered') }, body: { to: 'mediating' } })],
  ['POST /api/v1/admin/legal/cases/:id/assign',             [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: await w.legalRequest('registered') }, body: { assigneeId: w.keqiaoStaffId } })],
  ['POST /api/v1/admin/legal/cases/:id/sessions',           [401, 403, 403, 201, 404, 201, 403, 403, 201], async (w) => ({ params: { id: await w.legalRequest('registered') }, body: aSessionRecord() })],
  ['PATCH /api/v1/admin/legal/cases/:id/amounts',           [401, 403, 403, 200, 404, 200, 403, 403, 200], async (w) => ({ params: { id: await w.legalRequest('registered') }, body: { amountClaimedFen: 500_000 } })],

  ['GET /api/v1/admin/accounts',                            [401, 403, 403, 200, 200, 200, 403, 403, 403]],
  ['POST /api/v1/admin/accounts',                           [401, 403, 403, 201, 403, 201, 403, 403, 403], (w) => ({ body: { username: `matrix.${randomUUID().slice(0, 8)}`, displayName: '矩阵干事', role: 'staff', orgId: w.town.keqiao } })],
  ['PATCH /api/v1/admin/accounts/:id',                      [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: await anAccount(w) }, body: { displayName: '改名' } })],
  ['POST /api/v1/admin/accounts/:id/disable',               [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: await anAccount(w) } })],
  ['POST /api/v1/admin/accounts/:id/enable',                [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: await anAccount(w) } })],
  ['POST /api/v1/admin/accounts/:id/reset-password',        [401, 403, 403, 200, 404, 200, 403, 403, 403], async (w) => ({ params: { id: await anAccount(w) } })],
  ['GET /api/v1/admin/audit',                               [401, 403, 403, 403, 403, 200, 403, 403, 403]],
  ['GET /api/v1/admin/audit/actions',                       [401, 403, 403, 403, 403, 200, 403, 403, 403]],

  ['GET /health',                                           [200, 200, 200, 200, 200, 200, 200, 200, 200]],
  ['GET /api/v1/health',                                    [200, 200, 200, 200, 200, 200, 200, 200, 200]],
];

const aLegalRequestBody = () => ({
  topic: 'unpaid_wages',
  against: 'platform',
  description: '矩阵测试：配送费被拖欠两个月',
  phone: aPhone(),
  townCode: 'keqiao',
});
const aSessionRecord = () => ({ heldOn: shanghaiToday(), form: 'phone', attendees: '申请人、站点负责人', result: '约定下周再谈' });

let creditCodes = 0;
/** A valid credit code of its own for each cell (the demo seed's organisation codes start MA2). */
function aCreditCode(): string {
  creditCodes += 1;
  const orgBody = `Q${String(process.pid % 1000).padStart(3, '0')}${String(creditCodes).padStart(4, '0')}`;
  const first17 = `91330603${orgBody}${organisationCodeCheckCharacter(orgBody)}`;
  return first17 + creditCodeCheckCharacter(first17);
}
const anEnterpriseBody = () => ({
  name: `矩阵企业${randomUUID().slice(0, 8)}`,
  creditCode: aCreditCode(),
  industry: 'express',
  townCode: 'keqiao',
  address: '柯桥街道矩阵路1号',
  workers: 10,
  newFormWorkers: 5,
});
const anEnterpriseCsv = () =>
  `name,credit_code,industry,town,address,workers,new_form_workers,brands,contact_name,contact_phone,union_status\n矩阵导入企业${randomUUID().slice(0, 8)},${aCreditCode()},快递物流,柯桥街道,矩阵路2号,10,5,,,,未建会\n`;

/** An enterprise of 柯桥街道, fresh for each cell. */
async function anEnterprise(w: AccessWorld): Promise<string> {
  const [enterprise]: { id: string }[] = await w.t.db.query(
    `INSERT INTO enterprises (name, credit_code, industry, town_code, org_id, address, workers, new_form_workers) VALUES ($1, $2, 'express', 'keqiao', $3, '矩阵路3号', 10, 5) RETURNING id`,
    [`矩阵企业${randomUUID().slice(0, 8)}`, aCreditCode(), w.town.keqiao],
  );
  return enterprise.id;
}

/** An open problem found on a visit to a fresh enterprise of 柯桥街道. */
async function aProblem(w: AccessWorld): Promise<Call> {
  const id = await anEnterprise(w);
  const [staff]: { id: string }[] = await w.t.db.query(`SELECT id FROM users WHERE username = 'keqiao-staff'`);
  const [visit]: { id: string }[] = await w.t.db.query(
    `INSERT INTO enterprise_visits (enterprise_id, visited_on, staff_id, workers_met) VALUES ($1, '2026-01-05', $2, 2) RETURNING id`,
    [id, staff.id],
  );
  const [problem]: { id: string }[] = await w.t.db.query(
    `INSERT INTO enterprise_problems (visit_id, enterprise_id, description) VALUES ($1, $2, '矩阵问题') RETURNING id`,
    [visit.id, id],
  );
  return { params: { id, problemId: problem.id }, body: {} };
}

async function ownerMemberId(w: AccessWorld): Promise<string> {
  const [member]: { id: string }[] = await w.t.db.query(`SELECT id FROM members WHERE user_id = $1`, [w.owner.userId]);
  return member.id;
}

/** A staff account of 柯桥街道, fresh for each cell. */
async function anAccount(w: AccessWorld): Promise<string> {
  const [account]: { id: string }[] = await w.t.db.query(
    `INSERT INTO users (username, display_name, roles, org_id) VALUES ($1, '矩阵账号', '{staff}', $2) RETURNING id`,
    [`matrix.${randomUUID().slice(0, 8)}`, w.town.keqiao],
  );
  return account.id;
}

async function sessionParams(w: AccessWorld, body?: object): Promise<Call> {
  const session = await w.session();
  return { params: { id: session.programmeId, sessionId: session.id }, body };
}

/** `METHOD /path/:param` of every controller method Nest mapped, as Fastify has it registered. */
function servedRoutes(t: TestApp): string[] {
  const fastify = t.app.getHttpAdapter().getInstance();
  const scanner = new MetadataScanner();
  const routes: string[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      const controller = metatype as { prototype: Record<string, object> };
      const prototype = controller.prototype;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const method = Reflect.getMetadata(METHOD_METADATA, prototype[name]) as RequestMethod | undefined;
        if (method === undefined) continue;
        for (const base of [Reflect.getMetadata(PATH_METADATA, controller)].flat()) {
          for (const path of [Reflect.getMetadata(PATH_METADATA, prototype[name])].flat()) {
            const joined = `/${[base, path].join('/')}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
            const verb = RequestMethod[method];
            // Unprefixed first: /health is served outside /api/v1 as well as inside it.
            const url = [joined, `/api/v1${joined}`].find((candidate) => fastify.hasRoute({ method: verb, url: candidate }));
            routes.push(`${verb} ${url ?? `${joined} (not found in Fastify)`}`);
          }
        }
      }
    }
  }
  return routes.sort();
}

describe('access matrix: every route × every kind of caller', () => {
  let t: TestApp;
  let w: AccessWorld;
  beforeAll(async () => {
    t = await startTestApp();
    w = await anAccessWorld(t);
  });
  afterAll(() => t.close());

  it('has a row for every route the app serves, and no row for a route it does not', () => {
    const listed = MATRIX.map(([route]) => route).sort();
    const served = servedRoutes(t);
    expect({ unlisted: served.filter((route) => !listed.includes(route)), gone: listed.filter((route) => !served.includes(route)) }).toEqual({
      unlisted: [],
      gone: [],
    });
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('lists show town staff their own town only and the district every town', async () => {
    const ours = { application: await w.application(), report: await w.report(), programme: await w.programme(), station: await w.station() };
    const theirs = {
      application: await w.application('huashe'),
      report: await w.report('huashe'),
      programme: await w.programme({}, 'huashe'),
      station: await w.station('huashe'),
    };
    const lists = {
      application: '/api/v1/admin/applications?status=pending&pageSize=100',
      report: '/api/v1/admin/stations/reports',
      programme: '/api/v1/admin/benefits?pageSize=100',
    };
    const seen = async (caller: Caller) => {
      const get = (path: string) => t.http().get(path).set('authorization', w.tokens[caller]!).expect(200);
      const ids = new Set<string>();
      for (const path of Object.values(lists)) for (const item of ((await get(path)).body as { items: { id: string }[] }).items) ids.add(item.id);
      const csv = (await get('/api/v1/admin/stations/export')).text;
      return (kind: keyof typeof ours, object: { id: string; name?: string }) => (kind === 'station' ? csv.includes(object.name!) : ids.has(object.id));
    };
    for (const [caller, sees] of [
      ['townStaff', [true, false]],
      ['otherTownStaff', [false, true]],
      ['districtAdmin', [true, true]],
    ] as const) {
      const has = await seen(caller);
      for (const kind of Object.keys(ours) as (keyof typeof ours)[])
        expect({ caller, kind, ours: has(kind, ours[kind]), theirs: has(kind, theirs[kind]) }).toEqual({ caller, kind, ours: sees[0], theirs: sees[1] });
    }
  });

  it.each(MATRIX.map(([route, expected, call]) => ({ route, expected, call })))('$route', async ({ route, expected, call }) => {
    const [method, template] = route.split(' ');
    const answers: Partial<Record<Caller, number>> = {};
    for (const caller of CALLERS) {
      const { params = {}, query, body, headers = {} } = (await call?.(w)) ?? {};
      const path = template.replace(/:(\w+)/g, (_, name: string) => params[name]);
      let request = t.http()[method.toLowerCase() as 'get'](path).set(headers);
      if (w.tokens[caller]) request = request.set('authorization', w.tokens[caller]);
      if (query) request = request.query(query);
      if (typeof body === 'string') request = request.set('content-type', 'text/csv; charset=utf-8');
      answers[caller] = (await (body === undefined ? request : request.send(body))).status;
    }
    expect(answers).toEqual(Object.fromEntries(CALLERS.map((caller, i) => [caller, expected[i]])));
  });
});
