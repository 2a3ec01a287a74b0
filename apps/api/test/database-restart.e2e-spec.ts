import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EmbeddedPostgres, startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { ApiProcess, sharedKeys, startApiProcess } from './support/api-process';
import { aProgramme, insertMembers, StormMember } from './support/benefits';
import { startTestApp, TestApp } from './support/test-app';

type Outcome = { at: number; status: number; code?: string; retryAfter?: string; id?: string };

/**
 * PostgreSQL stopped and started again while members claim: the API process stays up, answers 503
 * in the error shape meanwhile, serves again within 5 s, keeps every 201 it gave, and a claim whose
 * first attempt died with its connection is taken at once on retry with the same Idempotency-Key.
 */
describe('PostgreSQL restarted under a claim load', () => {
  let server: EmbeddedPostgres;
  let t: TestApp;
  let api: ApiProcess;

  beforeAll(async () => {
    server = await startEmbeddedPostgres(mkdtempSync(join(tmpdir(), 'kgh-restart-')));
    const keys = sharedKeys();
    t = await startTestApp(keys, server.url);
    api = await startApiProcess({ ...keys, DATABASE_URL: t.config.databaseUrl!, MIGRATE_ON_START: 'false', SEED_DEMO_DATA: 'false' });
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await t?.close();
    await server?.stop();
    if (server) rmSync(dirname(server.dataDir), { recursive: true, force: true });
  });

  it('answers 503 while the database is down, is back within 5 s, and loses no claim', async () => {
    const members = await insertMembers(t, 30);
    const programmes = await Promise.all(Array.from({ length: 12 }, () => aProgramme(t)));
    const outcomes: Outcome[] = [];

    // Each member claims every programme in turn, retrying a refused attempt with the same key.
    const claimAll = async (member: StormMember, m: number) => {
      for (const [p, programme] of programmes.entries()) {
        for (;;) {
          const response = await api
            .http()
            .post(`/api/v1/benefits/${programme.id}/claims`)
            .set('authorization', member.token)
            .set('idempotency-key', `restart-${m}-${p}`)
            .send({});
          outcomes.push({
            at: Date.now(),
            status: response.status,
            code: response.body.code,
            retryAfter: response.headers['retry-after'],
            id: response.body.id,
          });
          if (response.status === 201) break;
          if (response.status !== 503) return;
          await sleep(100);
        }
      }
    };
    const load = Promise.all(members.map(claimAll));

    await sleep(400);
    await server.stop();
    await sleep(1000);
    await server.start();
    const restartedAt = Date.now();
    await load;

    expect(api.child.exitCode).toBeNull();
    const refusals = outcomes.filter((o) => o.status !== 201);
    expect(refusals.length).toBeGreaterThan(0); // the outage was felt
    for (const refusal of refusals) expect(refusal).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', retryAfter: expect.stringMatching(/^\d+$/) });
    const lastRefusal = Math.max(...refusals.map((o) => o.at));
    expect(lastRefusal - restartedAt).toBeLessThan(5000);

    // Every 201 the members saw is in the database, and each member holds one claim per programme.
    const given = outcomes.filter((o) => o.status === 201).map((o) => o.id!);
    expect(given).toHaveLength(members.length * programmes.length);
    const stored: { id: string }[] = await t.db.query(`SELECT id FROM benefit_claims WHERE id = ANY($1)`, [given]);
    expect(stored).toHaveLength(given.length);
    const [{ total }] = await t.db.query(`SELECT count(*)::int AS total FROM benefit_claims WHERE programme_id = ANY($1)`, [programmes.map((p) => p.id)]);
    expect(total).toBe(given.length);
  }, 120_000);
});
