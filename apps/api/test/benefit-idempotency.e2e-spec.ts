import { AddressInfo } from 'node:net';
import { aProgramme, aSession, insertMembers } from './support/benefits';
import { startTestApp, TestApp } from './support/test-app';

describe('Idempotency-Key on claims', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/api/v1`;
  });
  afterAll(() => t.close());

  const post = (token: string, programmeId: string, key: string, body: object) =>
    fetch(`${base}/benefits/${programmeId}/claims`, {
      method: 'POST',
      headers: { authorization: token, 'idempotency-key': key, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(async (response) => ({ status: response.status, body: (await response.json()) as Record<string, any> }));
  const claimCount = async (programmeId: string) => (await t.db.query(`SELECT count(*)::int AS n FROM benefit_claims WHERE programme_id = $1`, [programmeId]))[0].n;

  it('answers a replay with the same response and keeps one claim', async () => {
    const [member] = await insertMembers(t, 1);
    const programme = await aProgramme(t, { hasSessions: true, claimPeriod: 'session' });
    const session = await aSession(t, programme);
    const first = await post(member.token, programme.id, 'replay-1', { sessionId: session.id });
    const again = await post(member.token, programme.id, 'replay-1', { sessionId: session.id });
    expect(first.status).toBe(201);
    expect(again).toEqual(first);
    expect(await claimCount(programme.id)).toBe(1);
  });

  it('refuses the same key with another body with 422 IDEMPOTENCY_KEY_REUSED', async () => {
    const [member] = await insertMembers(t, 1);
    const programme = await aProgramme(t, { hasSessions: true, claimPeriod: 'session' });
    const [one, two] = [await aSession(t, programme), await aSession(t, programme)];
    expect((await post(member.token, programme.id, 'reuse-1', { sessionId: one.id })).status).toBe(201);
    const reused = await post(member.token, programme.id, 'reuse-1', { sessionId: two.id });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const otherProgramme = await aProgramme(t);
    expect((await post(member.token, otherProgramme.id, 'reuse-1', {})).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await claimCount(programme.id)).toBe(1);
  });

  it('replays a refusal too: the same key never turns a 409 into a claim', async () => {
    const [a, b] = await insertMembers(t, 2);
    const full = await aProgramme(t, { capacity: 1 });
    expect((await post(a.token, full.id, 'k', {})).status).toBe(201);
    const refused = await post(b.token, full.id, 'k', {});
    expect(refused.body.code).toBe('QUOTA_EXHAUSTED');
    await t.db.query(`UPDATE benefit_programmes SET capacity = 2, remaining = 1 WHERE id = $1`, [full.id]);
    expect(await post(b.token, full.id, 'k', {})).toEqual(refused);
    expect((await post(b.token, full.id, 'k2', {})).status).toBe(201);
  });

  it('lets a retry take over a key whose first request died unanswered, but not a live one', async () => {
    const [member] = await insertMembers(t, 1);
    const programme = await aProgramme(t);
    const stuck = await post(member.token, programme.id, 'stuck-1', {});
    expect(stuck.status).toBe(201);
    // As if the process had stopped between taking the key and answering: no stored response.
    await t.db.query(`DELETE FROM benefit_claims WHERE programme_id = $1`, [programme.id]);
    await t.db.query(`UPDATE benefit_programmes SET remaining = capacity, spent_fen = 0 WHERE id = $1`, [programme.id]);
    await t.db.query(`UPDATE idempotency_keys SET response_status = NULL, response_body = NULL WHERE key = 'stuck-1'`);
    expect((await post(member.token, programme.id, 'stuck-1', {})).body.code).toBe('IDEMPOTENCY_KEY_IN_USE');
    await t.db.query(`UPDATE idempotency_keys SET created_at = now() - interval '3 minutes' WHERE key = 'stuck-1'`);
    const retried = await post(member.token, programme.id, 'stuck-1', {});
    expect(retried.status).toBe(201);
    expect(await claimCount(programme.id)).toBe(1);
  });

  it('scopes keys to the caller: two members may use the same key', async () => {
    const [a, b] = await insertMembers(t, 2);
    const programme = await aProgramme(t);
    const [first, second] = [await post(a.token, programme.id, 'shared', {}), await post(b.token, programme.id, 'shared', {})];
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body.id).not.toBe(second.body.id);
  });

  it('gives concurrent replays one claim: each answer is that claim or 409 IDEMPOTENCY_KEY_IN_USE', async () => {
    const [member] = await insertMembers(t, 1);
    const programme = await aProgramme(t, { capacity: 100, costFen: 100, budgetFen: 10_000 });
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(member.token, programme.id, 'storm', {})));
    const created = responses.filter((r) => r.status === 201);
    const inUse = responses.filter((r) => r.status === 409);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(created.length + inUse.length).toBe(20);
    expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
    for (const r of inUse) expect(r.body.code).toBe('IDEMPOTENCY_KEY_IN_USE');
    expect(await claimCount(programme.id)).toBe(1);
    // Once the first has finished, a retry gets its response.
    expect((await post(member.token, programme.id, 'storm', {})).body.id).toBe(created[0].body.id);
  });
});
