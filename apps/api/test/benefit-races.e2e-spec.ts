import { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { aProgramme, aSession, checkInvariants, insertMembers, StormMember } from './support/benefits';
import { seededRandom } from './support/seeded-random';
import { signInStaff } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

// Real concurrent HTTP requests against the listening server on a real PostgreSQL; every storm ends
// by reading the invariants back from the database (checkInvariants).
describe('claims and redemptions under concurrency', () => {
  const random = seededRandom('benefit races');
  let t: TestApp;
  let base: string;
  let crowd: StormMember[];
  beforeAll(async () => {
    t = await startTestApp({ DATABASE_POOL_SIZE: '30' });
    // 2,000 callers connect at once: a listen backlog above Node's 511, or the kernel resets the rest.
    await t.app.listen({ port: 0, host: '127.0.0.1', backlog: 4096 });
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/api/v1`;
    crowd = await insertMembers(t, 2000);
  }, 120_000);
  afterAll(() => t.close());

  let keys = 0;
  async function call(method: string, path: string, token: string, body?: object, headers: Record<string, string> = {}) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: token, ...(body && { 'content-type': 'application/json' }), ...headers },
      body: body && JSON.stringify(body),
    });
    const text = await response.text(); // empty for 204
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  }
  const claim = (member: StormMember, programmeId: string, body: object = {}, key = `race-${++keys}`) =>
    call('POST', `/benefits/${programmeId}/claims`, member.token, body, { 'idempotency-key': key });
  const tally = (responses: { status: number; body: { status?: string; code?: string } }[]) => {
    const counts: Record<string, number> = {};
    for (const r of responses) {
      const label = r.status === 201 ? `201 ${r.body.status}` : `${r.status} ${r.body.code}`;
      counts[label] = (counts[label] ?? 0) + 1;
    }
    return counts;
  };

  it('gives exactly 100 places to 2,000 concurrent claims on a 100-place batch; the rest wait in arrival order', async () => {
    const trip = await aProgramme(t, { hasSessions: true, hasWaitlist: true, costFen: 100_000, budgetFen: 100 * 100_000 });
    const batch = await aSession(t, trip, { capacity: 100 });
    const responses = await Promise.all(crowd.map((member) => claim(member, trip.id, { sessionId: batch.id })));
    expect(tally(responses)).toEqual({ '201 confirmed': 100, '201 waitlisted': 1900 });
    const stats = await checkInvariants(t, trip.id);
    expect(stats).toMatchObject({ confirmed: 100, waitlisted: 1900, spent: 100 * 100_000, sessions: [{ remaining: 0, held: 100 }] });

    // Ten cancellations free ten places: the ten earliest waitlisted claims are confirmed, in order.
    const waitlist: { id: string }[] = await t.db.query(`SELECT id FROM benefit_claims WHERE session_id = $1 AND status = 'waitlisted' ORDER BY arrival`, [
      batch.id,
    ]);
    const confirmed = responses.filter((r) => r.body.status === 'confirmed').slice(0, 10);
    const owners = confirmed.map((r) => crowd[responses.indexOf(r)]);
    const cancels = await Promise.all(confirmed.map((r, i) => call('POST', `/claims/${r.body.id}/cancel`, owners[i].token)));
    expect(cancels.every((c) => c.status === 200)).toBe(true);
    const promoted: { id: string }[] = await t.db.query(`SELECT id FROM benefit_claims WHERE session_id = $1 AND status = 'confirmed' AND id = ANY($2)`, [
      batch.id,
      waitlist.map((w) => w.id),
    ]);
    expect(new Set(promoted.map((p) => p.id))).toEqual(new Set(waitlist.slice(0, 10).map((w) => w.id)));
    expect(await checkInvariants(t, trip.id)).toMatchObject({ confirmed: 100, waitlisted: 1890 });
  }, 120_000);

  it('keeps one claim when the same member submits twenty times at once with different keys', async () => {
    const checkup = await aProgramme(t, { capacity: 50, costFen: 120_000, budgetFen: 50 * 120_000 });
    const member = crowd[0];
    const responses = await Promise.all(Array.from({ length: 20 }, () => claim(member, checkup.id)));
    expect(tally(responses)).toEqual({ '201 confirmed': 1, '409 ALREADY_CLAIMED': 19 });
    expect(await checkInvariants(t, checkup.id)).toMatchObject({ total: 1, confirmed: 1, spent: 120_000 });
  });

  it('lets exactly one of 50 concurrent redemptions of one code succeed', async () => {
    const programme = await aProgramme(t, { capacity: 5 });
    const member = crowd[1];
    const claimed = await claim(member, programme.id);
    const { body: redemption } = await call('GET', `/claims/${claimed.body.id}/redemption-code`, member.token);
    const admin = await signInStaff(t, 'district-admin');
    const responses = await Promise.all(Array.from({ length: 50 }, () => call('POST', '/redemptions', admin, { code: redemption.code })));
    expect(tally(responses)).toEqual({ '201 redeemed': 1, '409 ALREADY_REDEEMED': 49 });
    const [row] = await t.db.query(`SELECT status FROM benefit_claims WHERE id = $1`, [claimed.body.id]);
    expect(row.status).toBe('redeemed');
  });

  it('deletes a programme once: of eight concurrent deletes one answers 204 and the rest 404', async () => {
    const programme = await aProgramme(t);
    const admin = await signInStaff(t, 'district-admin');
    const responses = await Promise.all(Array.from({ length: 8 }, () => call('DELETE', `/admin/benefits/${programme.id}`, admin)));
    expect(responses.map((r) => r.status).sort()).toEqual([204, 404, 404, 404, 404, 404, 404, 404]);
  });

  /**
   * Twenty rounds of four deletes racing four claims on a fresh target (a programme or a session).
   * Either the target went first (one delete 204, every claim 404) or a claim did (no delete
   * succeeds, 409); never a 500. `crowdFrom` picks 80 members no other test uses.
   */
  async function raceDeletesAndClaims(
    crowdFrom: number,
    aTarget: () => Promise<{ programmeId: string; table: string; id: string; path: string; claimBody: object }>,
  ) {
    const admin = await signInStaff(t, 'district-admin');
    for (let round = 0; round < 20; round++) {
      const target = await aTarget();
      const claimers = crowd.slice(crowdFrom + round * 4, crowdFrom + 4 + round * 4);
      // Deletes are quicker than claims: a random head start for the claims makes either win.
      const remove = () => sleep(random.int(0, 2)).then(() => call('DELETE', target.path, admin));
      const responses = await Promise.all(
        claimers.flatMap((member) => [
          remove().then((r) => ({ ...r, what: 'delete' })),
          claim(member, target.programmeId, target.claimBody).then((r) => ({ ...r, what: 'claim' })),
        ]),
      );
      const outcomes = new Set(responses.map((r) => `${r.what} ${r.status}`));
      const deleted = outcomes.has('delete 204');
      const allowed = deleted ? ['delete 204', 'delete 404', 'claim 404'] : ['delete 409', 'claim 201'];
      expect([...outcomes].filter((o) => !allowed.includes(o))).toEqual([]);
      expect(responses.filter((r) => r.what === 'delete' && r.status === 204).length).toBe(deleted ? 1 : 0);
      const [{ exists }] = await t.db.query(`SELECT EXISTS (SELECT 1 FROM ${target.table} WHERE id = $1) AS exists`, [target.id]);
      expect(exists).toBe(!deleted);
      if (!deleted) expect(await checkInvariants(t, target.programmeId)).toMatchObject({ confirmed: 4, spent: 4_000 });
    }
  }

  it('lets claims racing a delete get 201 or 404 and the delete 204 or 409, never a 500', async () => {
    await raceDeletesAndClaims(1700, async () => {
      const programme = await aProgramme(t, { costFen: 1_000 });
      return { programmeId: programme.id, table: 'benefit_programmes', id: programme.id, path: `/admin/benefits/${programme.id}`, claimBody: {} };
    });
  }, 60_000);

  it('deletes a session once: of eight concurrent deletes one answers 204 and the rest 404, with one audit row', async () => {
    const programme = await aProgramme(t, { hasSessions: true });
    const session = await aSession(t, programme);
    const admin = await signInStaff(t, 'district-admin');
    const responses = await Promise.all(Array.from({ length: 8 }, () => call('DELETE', `/admin/benefits/${programme.id}/sessions/${session.id}`, admin)));
    expect(responses.map((r) => r.status).sort()).toEqual([204, 404, 404, 404, 404, 404, 404, 404]);
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM audit_entries WHERE action = 'benefit.session.deleted' AND entity_id = $1`, [
      session.id,
    ]);
    expect(count).toBe(1);
  });

  it('lets claims racing a session delete get 201 or 404 and the delete 204 or 409, never a 500', async () => {
    await raceDeletesAndClaims(1800, async () => {
      const programme = await aProgramme(t, { hasSessions: true, costFen: 1_000 });
      const session = await aSession(t, programme);
      return {
        programmeId: programme.id,
        table: 'benefit_sessions',
        id: session.id,
        path: `/admin/benefits/${programme.id}/sessions/${session.id}`,
        claimBody: { sessionId: session.id },
      };
    });
  }, 60_000);

  it('never oversells in ten storms with random capacities, budgets, costs and cancellations', async () => {
    for (let storm = 0; storm < 10; storm++) {
      const costFen = random.int(1, 5) * 10_000;
      const waitlist = random.int(0, 2) === 1;
      const programme = await aProgramme(t, {
        hasSessions: true,
        claimPeriod: 'year',
        hasWaitlist: waitlist,
        costFen,
        costFenFemale: null,
        budgetFen: random.int(0, 3) === 0 ? null : costFen * random.int(5, 60),
        capacity: random.int(0, 2) === 0 ? random.int(10, 80) : null,
        cancelHoursBefore: 0,
      });
      if (programme.capacity !== null) await t.db.query(`UPDATE benefit_programmes SET remaining = capacity WHERE id = $1`, [programme.id]);
      const sessions = await Promise.all(Array.from({ length: random.int(1, 4) }, () => aSession(t, programme, { capacity: random.int(1, 40) })));
      const stormers = crowd.slice(storm * 150 + 100, storm * 150 + 250);
      const responses = await Promise.all(stormers.map((member) => claim(member, programme.id, { sessionId: sessions[random.int(0, sessions.length)].id })));
      const cancelled = responses.filter((r) => r.status === 201 && random.int(0, 4) === 0);
      const cancelling = cancelled.map((r) => call('POST', `/claims/${r.body.id}/cancel`, stormers[responses.indexOf(r)].token));
      const late = await Promise.all([...cancelling, ...stormers.slice(0, 30).map((member) => claim(member, programme.id, { sessionId: sessions[0].id }))]);

      for (const r of [...responses, ...late]) {
        expect([200, 201, 409]).toContain(r.status);
        if (r.status === 409) expect(['QUOTA_EXHAUSTED', 'BUDGET_EXHAUSTED', 'ALREADY_CLAIMED']).toContain(r.body.code);
      }
      const stats = await checkInvariants(t, programme.id);
      const capacity = sessions.reduce((sum, s) => sum + s.capacity, 0);
      expect(stats.held).toBeLessThanOrEqual(Math.min(capacity, programme.capacity ?? Infinity));
      if (!waitlist) expect(stats.waitlisted).toBe(0);
    }
  }, 120_000);
});
