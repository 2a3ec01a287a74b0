import { askForHelp, aSessionRecord, caseRoutes } from './support/legal';
import { signInStaff, signInWorker } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';
import { shanghaiToday } from '../src/common/calendar-day';

// Concurrent changes of one case: the row is locked for each change (SELECT … FOR UPDATE), so of
// moves that exclude each other exactly one applies, and the events in the database agree with it.
describe('legal cases under concurrency', () => {
  let t: TestApp;
  let staff: string;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ DATABASE_POOL_SIZE: '20' });
    staff = await signInStaff(t, 'keqiao-staff');
    admin = await signInStaff(t, 'district-admin');
  });
  afterAll(() => t.close());

  const statusEvents = async (id: string) =>
    t.db.query<{ from_status: string | null; to_status: string }[]>(
      `SELECT from_status, to_status FROM legal_request_events WHERE request_id = $1 AND kind = 'status' ORDER BY at, id`,
      [id],
    );
  const tally = (responses: { status: number; body: { code?: string } }[]) => {
    const counts: Record<string, number> = {};
    for (const r of responses) {
      const label = `${r.status}${r.body.code ? ` ${r.body.code}` : ''}`;
      counts[label] = (counts[label] ?? 0) + 1;
    }
    return counts;
  };

  it('applies exactly one of twelve concurrent moves out of mediation, and records only that one', async () => {
    const worker = await signInWorker(t);
    const request = await askForHelp(t, worker.token);
    const routes = caseRoutes(t, staff);
    await routes.register(request.id).expect(200);
    await routes.session(request.id, aSessionRecord(shanghaiToday())).expect(201);
    // Moves out of mediation none of which may follow another (agreed → failed may, so agreed is not among them),
    // and one the table never allows from there: whatever the order, exactly one can apply.
    const moves = [
      { to: 'failed', reason: '对方拒不到场' },
      { to: 'withdrawn', reason: '职工来电撤回' },
      { to: 'fulfilled', amountRecoveredFen: 300_000 },
    ];
    const bodies = Array.from({ length: 12 }, (_, i) => moves[i % moves.length]);
    const responses = await Promise.all(bodies.map((body, i) => caseRoutes(t, i % 2 ? staff : admin).move(request.id, body)));
    expect(tally(responses)).toEqual({ '200': 1, '409 ILLEGAL_TRANSITION': 11 });
    const winner = bodies[responses.findIndex((response) => response.status === 200)];
    const [row]: { status: string }[] = await t.db.query(`SELECT status FROM legal_requests WHERE id = $1`, [request.id]);
    expect(row.status).toBe(winner.to);
    expect((await statusEvents(request.id)).map((event) => event.to_status)).toEqual(['submitted', 'registered', 'mediating', winner.to]);
    const [audit]: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE entity_id = $1 AND action = 'legal.status.change'`, [
      request.id,
    ]);
    expect(audit.n).toBe(3);
  });

  it('lets either the worker’s withdrawal or the staff’s answer win a race, never both', async () => {
    const worker = await signInWorker(t);
    const outcomes: Record<string, number> = {};
    for (let round = 0; round < 10; round++) {
      const request = await askForHelp(t, worker.token);
      const [withdrawal, answer] = await Promise.all([
        t.http().post(`/api/v1/legal/requests/${request.id}/withdraw`).set('authorization', worker.token).send({}),
        caseRoutes(t, staff).answer(request.id),
      ]);
      expect([withdrawal.status, answer.status].sort()).toEqual([200, 409]);
      expect([withdrawal.body.code, answer.body.code]).toContain(withdrawal.status === 200 ? 'ILLEGAL_TRANSITION' : 'LEGAL_REQUEST_CLOSED');
      const events = await statusEvents(request.id);
      expect(events).toHaveLength(2);
      const [row]: { status: string }[] = await t.db.query(`SELECT status FROM legal_requests WHERE id = $1`, [request.id]);
      expect(events[1]).toEqual({ from_status: 'submitted', to_status: row.status });
      outcomes[row.status] = (outcomes[row.status] ?? 0) + 1;
    }
    expect(Object.values(outcomes).reduce((a, b) => a + b, 0)).toBe(10);
  });

  it('gives thirty requests made at once thirty distinct numbers of the day, in sequence', async () => {
    const workers = await Promise.all(Array.from({ length: 30 }, () => signInWorker(t)));
    const created = await Promise.all(workers.map((worker) => askForHelp(t, worker.token)));
    const numbers = created.map((request) => request.number).sort();
    expect(new Set(numbers).size).toBe(30);
    const sequence = numbers.map((number) => Number(number.slice(-4)));
    expect(sequence[sequence.length - 1] - sequence[0]).toBe(29);
  });
});
