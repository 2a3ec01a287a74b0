import type { TestApp } from './test-app';

/** A worker's request for help as the mini-app sends it: a rider's unpaid wages in 柯桥街道. */
export function aLegalRequest(overrides: Record<string, unknown> = {}) {
  return {
    topic: 'unpaid_wages',
    against: 'partner',
    againstName: '某外卖配送站',
    description: '最后两个月的配送费一直没结，站长说等平台结算。',
    amountClaimedFen: 860_000,
    workersAffected: 1,
    phone: '13900002222',
    townCode: 'keqiao',
    ...overrides,
  };
}

/** Asks for help as the worker `token`; returns the created request. */
export async function askForHelp(
  t: TestApp,
  token: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; number: string; [key: string]: unknown }> {
  const response = await t.http().post('/api/v1/legal/requests').set('authorization', token).send(aLegalRequest(overrides));
  if (response.status !== 201) throw new Error(`ask for help: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; number: string };
}

/** Calls the staff routes of one case as `token`. */
export function caseRoutes(t: TestApp, token: string) {
  const path = (id: string, action = '') => `/api/v1/admin/legal/cases/${id}${action && `/${action}`}`;
  return {
    get: (id: string) => t.http().get(path(id)).set('authorization', token),
    answer: (id: string, advice = '建议保留接单记录，先向站点书面主张。') => t.http().post(path(id, 'answer')).set('authorization', token).send({ advice }),
    register: (id: string, body: object = {}) => t.http().post(path(id, 'register')).set('authorization', token).send(body),
    move: (id: string, body: object) => t.http().post(path(id, 'transition')).set('authorization', token).send(body),
    assign: (id: string, assigneeId: string) => t.http().post(path(id, 'assign')).set('authorization', token).send({ assigneeId }),
    session: (id: string, body: object) => t.http().post(path(id, 'sessions')).set('authorization', token).send(body),
    amounts: (id: string, body: object) => t.http().patch(path(id, 'amounts')).set('authorization', token).send(body),
  };
}

export const aSessionRecord = (heldOn: string, overrides: Record<string, unknown> = {}) => ({
  heldOn,
  form: 'in_person',
  attendees: '申请人、站点负责人、调解员',
  result: '站点同意分两期支付',
  ...overrides,
});
