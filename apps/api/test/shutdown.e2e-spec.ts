import { AddressInfo, connect } from 'node:net';
import { Client } from 'pg';
import { aProgramme, insertMembers } from './support/benefits';
import { SERVER_URL } from './support/test-database';
import { startTestApp, TestApp } from './support/test-app';

/** The status line, headers and JSON body of each response in a raw HTTP/1.1 stream. */
function parseResponses(raw: string) {
  return raw
    .split(/(?=HTTP\/1\.1 \d{3})/)
    .filter(Boolean)
    .map((text) => {
      const [head, body] = text.split('\r\n\r\n');
      const [status, ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      return { status: Number(status.split(' ')[1]), headers, body: JSON.parse(body) as Record<string, unknown> };
    });
}

/** A raw HTTP/1.1 connection: write to `socket`, read every response once the server closed it. */
function rawExchange(port: number) {
  const socket = connect(port, '127.0.0.1');
  const chunks: Buffer[] = [];
  socket.on('data', (chunk) => chunks.push(chunk));
  const responses = new Promise<ReturnType<typeof parseResponses>>((resolve) => socket.on('close', () => resolve(parseResponses(Buffer.concat(chunks).toString()))));
  return { socket, responses };
}

describe('Shutting down', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('answers the request in flight, and one arriving after the close began gets 503 in the error shape', async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const [member] = await insertMembers(t, 1);
    const programme = await aProgramme(t, { capacity: 5 });
    const database = (await t.db.query(`SELECT current_database() AS name`))[0].name as string;
    const holder = new Client({ connectionString: (t.db.options as { url: string }).url });
    const observer = new Client({ connectionString: SERVER_URL });
    await Promise.all([holder.connect(), observer.connect()]);
    await holder.query('BEGIN');
    await holder.query(`SELECT 1 FROM benefit_programmes WHERE id = $1 FOR UPDATE`, [programme.id]);

    // A claim in flight (held on the locked programme), and a request begun on another connection
    // whose last header line arrives only after the close began.
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
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const closing = t.app.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    late.socket.write('\r\n');
    const [lateAnswer] = await late.responses;
    await holder.query('COMMIT');
    const [claimAnswer] = await inFlight.responses;
    await closing;
    const { rows: [claims] } = await holder.query(`SELECT count(*)::int AS n FROM benefit_claims WHERE programme_id = $1`, [programme.id]);
    await Promise.all([holder.end(), observer.end()]);

    expect(claimAnswer.status).toBe(201);
    expect(claimAnswer.headers.connection).toBe('close');
    expect(lateAnswer).toMatchObject({
      status: 503,
      headers: { 'retry-after': '5', connection: 'close', 'content-type': expect.stringContaining('application/json') },
      body: { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: expect.any(String) },
    });
    expect(claims.n).toBe(1);
  });
});
