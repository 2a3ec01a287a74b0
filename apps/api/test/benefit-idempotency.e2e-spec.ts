import { AddressInfo } from 'node:net';
import { Client } from 'pg';
import { aProgramme, aSession, insertMembers } from './support/benefits';
import { SERVER_URL } from './support/test-database';
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
    }).then(async (response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> }));
  /** A connection of its own to the test database (the app's pool is what the tests break). */
  const connect = async (url: string) => {
    const client = new Client({ connectionString: url });
    client.on('error', () => undefined); // the outage test cuts this connection too
    await client.connect();
    return client;
  };
  /** The programme's row locked by a transaction of the test: a claim on it stops inside its own transaction. */
  const holdProgramme = async (programmeId: string) => {
    const holder = await connect((t.db.options as { url: string }).url);
    await holder.query('BEGIN');
    await holder.query(`SELECT 1 FROM benefit_programmes WHERE id = $1 FOR UPDATE`, [programmeId]);
    return holder;
  };
  /** Until `count` connections to the test database wait on a lock. `observer` is outside any transaction (pg_stat_activity is read once per transaction). */
  const waitingOnLocks = async (observer: Client, database: string, count: number) => {
    for (let tries = 0; tries < 200; tries++) {
      const { rows } = await observer.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`, [database]);
      if (rows[0].n >= count) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`never saw ${count} connections waiting on a lock`);
  };
  const databaseName = async () => (await t.db.query(`SELECT current_database() AS name`))[0].name as string;
  const claimCount = async (programmeId: string) =>
    (await t.db.query(`SELECT count(*)::int AS n FROM benefit_claims WHERE programme_id = $1`, [programmeId]))[0].n;

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

  it('lets a retry take over at once a key left without an answer', async () => {
    const [member] = await insertMembers(t, 1);
    const programme = await aProgramme(t);
    const first = await post(member.token, programme.id, 'stuck-1', {});
    expect(first.status).toBe(201);
    const [{ request_hash: hash }] = await t.db.query(`SELECT request_hash FROM idempotency_keys WHERE key = 'stuck-1'`);
    // What an earlier version left when its process stopped between taking the key and answering.
    await t.db.query(`DELETE FROM benefit_claims WHERE programme_id = $1`, [programme.id]);
    await t.db.query(`UPDATE idempotency_keys SET response_status = NULL, response_body = NULL, created_at = now() WHERE key = 'stuck-1'`);
    const retried = await post(member.token, programme.id, 'stuck-1', {});
    expect(retried.status).toBe(201);
    expect(retried.body.id).not.toBe(first.body.id);
    expect(await t.db.query(`SELECT request_hash, response_status FROM idempotency_keys WHERE key = 'stuck-1'`)).toEqual([
      { request_hash: hash, response_status: 201 },
    ]);
    expect(await claimCount(programme.id)).toBe(1);
  });

  it('takes over at once the key of an attempt that died with its connection in an outage', async () => {
    const [member] = await insertMembers(t, 1);
    const programme = await aProgramme(t, { capacity: 5 });
    const database = await databaseName();
    // The first attempt stops inside its transaction (claim row written, waiting for the place) ...
    const holder = await holdProgramme(programme.id);
    const server = await connect(SERVER_URL);
    try {
      const first = post(member.token, programme.id, 'outage-1', {});
      await waitingOnLocks(server, database, 1);
      // ... when the database goes away: every connection cut, no new one accepted for a while.
      await server.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
      await server.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [database]);
      expect(await first).toMatchObject({ status: 503, body: { code: 'SERVICE_UNAVAILABLE' } });
    } finally {
      await server.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
      await server.end();
      await holder.end().catch(() => undefined); // cut with the rest
    }
    const started = Date.now();
    const retried = await post(member.token, programme.id, 'outage-1', {});
    expect(retried.status).toBe(201);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await claimCount(programme.id)).toBe(1);
    expect((await post(member.token, programme.id, 'outage-1', {})).body).toEqual(retried.body);
  });

  it('makes a retry during a live attempt wait for it and answer with its response', async () => {
    const [member] = await insertMembers(t, 1);
    const programme = await aProgramme(t, { capacity: 5 });
    const database = await databaseName();
    const holder = await holdProgramme(programme.id);
    const observer = await connect(SERVER_URL);
    try {
      const first = post(member.token, programme.id, 'live-1', {});
      await waitingOnLocks(observer, database, 1);
      const retry = post(member.token, programme.id, 'live-1', {});
      // The retry waits on the first attempt's uncommitted claim, not on the test's lock.
      await waitingOnLocks(observer, database, 2);
      await holder.query('COMMIT');
      const [a, b] = await Promise.all([first, retry]);
      expect(a.status).toBe(201);
      expect(b).toEqual(a);
    } finally {
      await holder.end();
      await observer.end();
    }
    expect(await claimCount(programme.id)).toBe(1);
  });

  it('scopes keys to the caller: two members may use the same key', async () => {
    const [a, b] = await insertMembers(t, 2);
    const programme = await aProgramme(t);
    const [first, second] = [await post(a.token, programme.id, 'shared', {}), await post(b.token, programme.id, 'shared', {})];
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body.id).not.toBe(second.body.id);
  });

  it('gives concurrent replays one claim, and every one of them its answer', async () => {
    const [member] = await insertMembers(t, 1);
    const programme = await aProgramme(t, { capacity: 100, costFen: 100, budgetFen: 10_000 });
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(member.token, programme.id, 'storm', {})));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(await claimCount(programme.id)).toBe(1);
    expect((await post(member.token, programme.id, 'storm', {})).body).toEqual(responses[0].body);
  });
});
