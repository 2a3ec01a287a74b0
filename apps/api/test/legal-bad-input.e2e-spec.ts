import { aLegalRequest, askForHelp, caseRoutes } from './support/legal';
import { signInStaff, signInWorker } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

const NOWHERE = '00000000-0000-4000-8000-000000000000';
const LONG = '长'.repeat(1_001);

// Bad input to every legal-help route: each answers 4xx with the error body, never 500, and a
// refused change writes nothing.
describe('legal help refuses bad input with 4xx', () => {
  let t: TestApp;
  let worker: { token: string };
  let staff: string;
  let requestId: string;
  beforeAll(async () => {
    t = await startTestApp();
    worker = await signInWorker(t);
    staff = await signInStaff(t, 'keqiao-staff');
    requestId = (await askForHelp(t, worker.token)).id;
    await caseRoutes(t, staff).register(requestId).expect(200);
  });
  afterAll(() => t.close());

  const expect4xx = (label: string, response: { status: number; body: { code?: string; message?: string } }) => {
    expect({ label, status: response.status >= 400 && response.status < 500, code: typeof response.body.code }).toEqual({
      label,
      status: true,
      code: 'string',
    });
  };
  const eventCount = async () => (await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM legal_request_events`))[0].n;

  it('refuses each bad field of a new request with 400 naming it', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ topic: 'salary' }, 'topic'],
      [{ topic: null }, 'topic'],
      [{ against: 'boss' }, 'against'],
      [{ againstName: 'x'.repeat(61) }, 'againstName'],
      [{ againstName: 42 }, 'againstName'],
      [{ description: '短' }, 'description'],
      [{ description: LONG }, 'description'],
      [{ description: '     ' }, 'description'],
      [{ description: ['a', 'b'] }, 'description'],
      [{ workersAffected: 0 }, 'workersAffected'],
      [{ workersAffected: 10_001 }, 'workersAffected'],
      [{ workersAffected: 1.5 }, 'workersAffected'],
      [{ phone: '12345' }, 'phone'],
      [{ phone: null }, 'phone'],
      [{ townCode: 'beijing' }, 'townCode'],
      [{ amountClaimedFen: null }, 'amountClaimedFen'],
      [{ amountClaimedFen: { fen: 1 } }, 'amountClaimedFen'],
      [{ isMember: true }, 'isMember'],
    ];
    const before = await eventCount();
    for (const [override, field] of cases) {
      const response = await t.http().post('/api/v1/legal/requests').set('authorization', worker.token).send(aLegalRequest(override));
      expect({ override, status: response.status, code: response.body.code, field: response.body.details?.[0]?.field }).toEqual({
        override,
        status: 400,
        code: 'VALIDATION_FAILED',
        field,
      });
    }
    expect(await eventCount()).toBe(before);
  });

  it('answers every route 4xx for malformed bodies, ids and queries', async () => {
    const routes = caseRoutes(t, staff);
    const bodies: unknown[] = [
      [],
      'text',
      42,
      null,
      { to: 'fulfilled', amountRecoveredFen: '300' },
      { to: ['agreed'] },
      { reason: null, to: null },
      { unknown: 1 },
    ];
    const writes: [method: 'post' | 'patch', path: string, token: string][] = [
      ['post', '/api/v1/legal/requests', worker.token],
      ['post', `/api/v1/legal/requests/${requestId}/notes`, worker.token],
      ['post', `/api/v1/legal/requests/${requestId}/withdraw`, worker.token],
      ...['answer', 'register', 'transition', 'assign', 'sessions'].map((action): ['post', string, string] => [
        'post',
        `/api/v1/admin/legal/cases/${requestId}/${action}`,
        staff,
      ]),
      ['patch', `/api/v1/admin/legal/cases/${requestId}/amounts`, staff],
    ];
    for (const body of bodies) {
      for (const [method, path, token] of writes) {
        // Sent as raw JSON: supertest would not send a bare number or null.
        const response = await t.http()[method](path).set('authorization', token).set('content-type', 'application/json').send(JSON.stringify(body));
        expect4xx(`${method} ${path} ${JSON.stringify(body)}`, response);
      }
    }
    for (const id of ['not-a-uuid', NOWHERE, `${requestId}x`, '%00']) {
      expect4xx(`get ${id}`, await t.http().get(`/api/v1/legal/requests/${id}`).set('authorization', worker.token));
      expect4xx(`case ${id}`, await routes.get(id));
      expect4xx(`move ${id}`, await routes.move(id, { to: 'mediating' }));
    }
    for (const query of [
      'page=0',
      'page=abc',
      'pageSize=1000',
      'status=open',
      'kind=lawsuit',
      'topic=salary',
      'townCode=beijing',
      'assigneeId=nobody',
      'from=2026-02-30',
      'from=2026-05-02&to=2026-05-01',
      'overdue=yes',
      `q=${'x'.repeat(61)}`,
      'status=submitted&status=answered',
    ]) {
      expect4xx(`cases ?${query}`, await t.http().get(`/api/v1/admin/legal/cases?${query}`).set('authorization', staff));
    }
    for (const query of ['page=-1', 'townCode=1', 'topic=', 'unknown=1']) {
      expect4xx(`queue ?${query}`, await t.http().get(`/api/v1/admin/legal/requests?${query}`).set('authorization', staff));
    }
  });

  it('refuses sessions and amounts with bad values, naming the field', async () => {
    const routes = caseRoutes(t, staff);
    for (const [body, field] of [
      [{ heldOn: '2026-02-30', form: 'phone', attendees: '双方', result: '再谈' }, 'heldOn'],
      [{ heldOn: '2026-01-05', form: 'letter', attendees: '双方', result: '再谈' }, 'form'],
      [{ heldOn: '2026-01-05', form: 'phone', attendees: '', result: '再谈' }, 'attendees'],
      [{ heldOn: '2026-01-05', form: 'phone', attendees: '双方', result: 'x'.repeat(501) }, 'result'],
    ] as const) {
      const response = await routes.session(requestId, body);
      expect({ status: response.status, field: response.body.details?.[0]?.field }).toEqual({ status: 400, field });
    }
    for (const [body, field] of [
      [{}, 'amountClaimedFen'],
      [{ amountAgreedFen: -5 }, 'amountAgreedFen'],
      [{ amountRecoveredFen: 2_000_000_001 }, 'amountRecoveredFen'],
      [{ amountClaimedFen: 1, overAgreedReason: 'x' }, 'overAgreedReason'],
    ] as const) {
      const response = await routes.amounts(requestId, body);
      expect({ status: response.status, field: response.body.details?.[0]?.field }).toEqual({ status: 400, field });
    }
    const assign = await routes.assign(requestId, NOWHERE);
    expect({ status: assign.status, field: assign.body.details?.[0]?.field }).toEqual({ status: 400, field: 'assigneeId' });
  });
});
