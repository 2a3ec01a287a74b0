import { existsSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { startApiProcess, sharedKeys } from './support/api-process';
import { aProgramme, insertMembers } from './support/benefits';
import { rawExchange } from './support/raw-http';
import { SERVER_URL } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

/**
 * A claim held in flight on a locked programme and a request whose last header line arrives only
 * after the close began; `beginClose` starts the shutdown and resolves when it has ended.
 */
async function closeDuringRequests(t: TestApp, port: number, beginClose: () => Promise<unknown>) {
  const [member] = await insertMembers(t, 1);
  const programme = await aProgramme(t, { capacity: 5 });
  const database = (await t.db.query(`SELECT current_database() AS name`))[0].name as string;
  const holder = new Client({ connectionString: (t.db.options as { url: string }).url });
  const observer = new Client({ connectionString: SERVER_URL });
  await Promise.all([holder.connect(), observer.connect()]);
  await holder.query('BEGIN');
  await holder.query(`SELECT 1 FROM benefit_programmes WHERE id = $1 FOR UPDATE`, [programme.id]);

  const inFlight = rawExchange(port);
  const late = rawExchange(port);
  inFlight.socket.write(
    `POST /api/v1/benefits/${programme.id}/claims HTTP/1.1\r\nHost: x\r\nAuthorization: ${member.token}\r\nIdempotency-Key: in-flight\r\n` +
      `Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
  );
  late.socket.write(`GET /api/v1/orgs/towns HTTP/1.1\r\nHost: x\r\n`);
  for (let tries = 0; ; tries++) {
    const { rows } = await observer.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`, [database]);
    if (rows[0].n > 0) break;
    if (tries > 200) throw new Error('the claim never reached the lock');
    await sleep(25);
  }
  const closing = beginClose();
  await sleep(200);
  late.socket.write('\r\n');
  const [lateAnswer] = await late.responses;
  await holder.query('COMMIT');
  const [claimAnswer] = await inFlight.responses;
  const closed = await closing;
  const {
    rows: [claims],
  } = await holder.query(`SELECT count(*)::int AS n FROM benefit_claims WHERE programme_id = $1`, [programme.id]);
  await Promise.all([holder.end(), observer.end()]);

  expect(claimAnswer.status).toBe(201);
  expect(claimAnswer.headers.connection).toBe('close');
  expect(lateAnswer).toMatchObject({
    status: 503,
    headers: { 'retry-after': '5', connection: 'close', 'content-type': expect.stringContaining('application/json') },
    body: { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: expect.any(String) },
  });
  expect(claims.n).toBe(1);
  return closed;
}

describe('Shutting down', () => {
  const apps: TestApp[] = [];
  afterAll(() => Promise.all(apps.map((t) => t.close())));

  it('answers the request in flight, and one arriving after the close began gets 503 in the error shape', async () => {
    const t = await startTestApp();
    apps.push(t);
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    await closeDuringRequests(t, port, () => t.app.close());
  });

  it('does the same for SIGTERM to a running API process, which then exits 0', async () => {
    const keys = sharedKeys();
    const t = await startTestApp(keys);
    apps.push(t);
    const api = await startApiProcess({ ...keys, DATABASE_URL: t.config.databaseUrl!, MIGRATE_ON_START: 'false', SEED_DEMO_DATA: 'false' });
    const exitCode = await closeDuringRequests(t, Number(new URL(api.baseUrl).port), () => api.stop());
    expect(exitCode).toBe(0);
  }, 60_000);

  it('stops the embedded PostgreSQL with the API when SIGTERM comes under load', async () => {
    const api = await startApiProcess();
    const statuses: number[] = [];
    let running = true;
    const caller = async () => {
      while (running) {
        const response = await fetch(`${api.baseUrl}/api/v1/stations/nearby?lat=30.08&lng=120.49&limit=5`).catch(() => null);
        if (!response) break; // the listener has closed
        statuses.push(response.status);
        await response.arrayBuffer();
      }
    };
    const callers = Array.from({ length: 8 }, caller);
    await sleep(300);
    expect(await api.stop()).toBe(0);
    running = false;
    await Promise.all(callers);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect(existsSync(join(api.dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 120_000);
});
