import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { aProgramme, insertMembers, StormMember } from './support/benefits';
import { SERVER_URL } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

describe('A database that is down or restarting', () => {
  let t: TestApp;
  let server: Client;
  let database: string;
  let member: StormMember;
  let programmeId: string;
  beforeAll(async () => {
    t = await startTestApp();
    database = (await t.db.query(`SELECT current_database() AS name`))[0].name;
    server = new Client({ connectionString: SERVER_URL });
    await server.connect();
    [member] = await insertMembers(t, 1);
    programmeId = (await aProgramme(t)).id;
  });
  afterAll(async () => {
    await server.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
    await server.end();
    await t.close();
  });
  afterEach(() => jest.restoreAllMocks());

  /** Every connection of the app cut, as in a restart. */
  const cutConnections = () => server.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [database]);
  const requests = () => [
    t.http().get('/health'),
    t.http().get('/api/v1/health'),
    t.http().get('/api/v1/orgs/towns'),
    t.http().get('/api/v1/benefits').set('authorization', member.token),
    t.http().post(`/api/v1/benefits/${programmeId}/claims`).set({ authorization: member.token, 'idempotency-key': 'during-outage' }).send({}),
  ];

  it('answers every request 503 SERVICE_UNAVAILABLE with Retry-After, logs a warning, not a crash, and recovers', async () => {
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    const errors = jest.spyOn(Logger.prototype, 'error');
    await server.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
    await cutConnections();
    try {
      const responses = await Promise.all(requests());
      for (const [i, response] of responses.entries()) {
        expect({ request: i, status: response.status, body: response.body }).toEqual({
          request: i,
          status: 503,
          body: { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(/暂时不可用/) },
        });
        expect(response.headers['retry-after']).toBe('5');
      }
    } finally {
      await server.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
    }
    expect(errors).not.toHaveBeenCalled();
    expect(warnings.mock.calls.map(([line]) => String(line))).toContainEqual(expect.stringContaining('database unavailable'));
    // Back at once: the pool opens new connections on demand.
    expect((await t.http().get('/health')).body).toEqual({ status: 'ok', db: 'up' });
    const claim = await t
      .http()
      .post(`/api/v1/benefits/${programmeId}/claims`)
      .set({ authorization: member.token, 'idempotency-key': 'during-outage' })
      .send({});
    expect(claim.status).toBe(201);
  });

  it('stays up when its idle connections are cut, and the next requests are answered', async () => {
    await Promise.all(Array.from({ length: 8 }, () => t.http().get('/api/v1/orgs/towns').expect(200)));
    const errors = jest.spyOn(Logger.prototype, 'error');
    const { rows } = await cutConnections();
    expect(rows.length).toBeGreaterThan(0);
    // The cut idle clients report their error to the pool (TypeORM listens), which drops them.
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const response of await Promise.all(requests().slice(0, 4))) expect(response.status).toBe(200);
    expect(errors).not.toHaveBeenCalled();
  });
});
