// Claims per second under a storm on one batch, two ways, in one run on this machine:
//   1. the built API over HTTP: POST /api/v1/benefits/{id}/claims with an Idempotency-Key (autocannon);
//   2. the same writes (key, claim, audit, stored response, the one place-taking statement) through a
//      bare `pg` pool, at the same concurrency and pool size.
// Each storm ends by checking the invariants: exactly CAPACITY confirmed, the rest waitlisted, the
// batch's remaining 0, spent = CAPACITY × cost. It makes its own database and drops it; loopback only.
import autocannon from 'autocannon';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { startApi, withBenchDatabase } from './server.js';

const require = createRequire(import.meta.url);
const apiDir = dirname(require.resolve('@kgh/api/package.json'));
const { migrate, seed } = require(join(apiDir, 'dist/database/open-database.js'));

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 3000);
const CAPACITY = Number(process.env.BENCH_CAPACITY ?? 500);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);
const COST_FEN = 100_000;
const JWT_KEY = randomBytes(32).toString('base64');

/** CLAIMS members of the Keqiao joint union, written in one statement. */
async function insertMembers(client) {
  const { rows } = await client.query(
    `WITH u AS (
       INSERT INTO users (display_name, roles) SELECT '压测会员' || g, '{worker}' FROM generate_series(1, $1) g RETURNING id
     )
     INSERT INTO members (user_id, application_id, id_number_index, member_number, union_org_id, gender, occupation, joined_at)
     SELECT u.id, gen_random_uuid(), md5(u.id::text), 'B' || md5(random()::text), (SELECT id FROM orgs WHERE code = 'town:keqiao'),
            'male', 'courier', now() - interval '1 year'
       FROM u RETURNING id, user_id`,
    [CLAIMS],
  );
  return rows.map((row) => ({ memberId: row.id, userId: row.user_id, token: `Bearer ${accessToken(row.user_id)}` }));
}

// An HS256 access token as the API's TokensService signs it (sub, roles, orgId), for members made by SQL.
function accessToken(userId) {
  const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: userId, roles: ['worker'], orgId: null, iat: now, exp: now + 3600 })}`;
  return `${unsigned}.${createHmac('sha256', JWT_KEY).update(unsigned).digest('base64url')}`;
}

/** A district programme with a budget for exactly CAPACITY claims and one batch of CAPACITY places, with a waitlist. */
async function aBatch(client, label) {
  const {
    rows: [programme],
  } = await client.query(
    `INSERT INTO benefit_programmes (code, name, org_id, period_start, period_end, claim_period, has_sessions, has_waitlist, cost_fen, budget_fen)
     VALUES ($1, $2, (SELECT id FROM orgs WHERE code = 'district'), now() - interval '1 day', now() + interval '300 days', 'year', true, true, $3, $4)
     RETURNING id, org_id`,
    [`bench-${label}`, `压测疗休养 ${label}`, COST_FEN, COST_FEN * CAPACITY],
  );
  const {
    rows: [session],
  } = await client.query(
    `INSERT INTO benefit_sessions (programme_id, name, opens_at, starts_at, ends_at, capacity, remaining)
     VALUES ($1, '第一批', now() - interval '1 day', now() + interval '10 days', now() + interval '11 days', $2, $2) RETURNING id`,
    [programme.id, CAPACITY],
  );
  return { programmeId: programme.id, orgId: programme.org_id, sessionId: session.id };
}

async function stormApi(base, batch, members) {
  let next = 0;
  const statuses = {};
  const started = performance.now();
  // autocannon settles on its next one-second tick after the last answer, so time the storm to the
  // last answer itself; otherwise the API's rate is rounded down to whole seconds.
  let lastAnswer = started;
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    amount: members.length,
    requests: [
      {
        method: 'POST',
        path: `/api/v1/benefits/${batch.programmeId}/claims`,
        setupRequest: (request) => {
          const member = members[next++];
          return {
            ...request,
            headers: { authorization: member.token, 'idempotency-key': `${batch.programmeId}-${member.userId}`, 'content-type': 'application/json' },
            body: JSON.stringify({ sessionId: batch.sessionId }),
          };
        },
        onResponse: (status) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
          lastAnswer = performance.now();
        },
      },
    ],
  });
  const seconds = (lastAnswer - started) / 1000;
  if (result.non2xx + result.errors + result.timeouts > 0) throw new Error(`API storm: ${JSON.stringify(statuses)}, ${result.errors} errors`);
  return { claimsPerSecond: members.length / seconds, p50: result.latency.p50, p99: result.latency.p99, seconds };
}

// The API's write path (src/benefits/claims.service.ts, idempotency.service.ts, claim-places.ts) as plain SQL.
const TAKE_PLACE = `WITH session AS (
    UPDATE benefit_sessions SET remaining = remaining - 1 WHERE id = $1 AND remaining > 0 RETURNING id
  ), programme AS (
    UPDATE benefit_programmes SET spent_fen = spent_fen + $3
     WHERE id = $2 AND (budget_fen IS NULL OR spent_fen + $3 <= budget_fen) AND EXISTS (SELECT 1 FROM session) RETURNING id
  ) SELECT EXISTS (SELECT 1 FROM session) AS session_taken, EXISTS (SELECT 1 FROM programme) AS programme_taken`;

// The API answers a waitlisted claim with its place in the queue, counted by the insert itself.
const WAITLIST_POSITION = `CASE WHEN status <> 'waitlisted' THEN NULL ELSE
  (SELECT count(*)::int + 1 FROM benefit_claims w WHERE w.session_id = benefit_claims.session_id AND w.status = 'waitlisted' AND w.arrival < benefit_claims.arrival) END`;

async function claimBare(pool, batch, member) {
  const key = `${batch.programmeId}-${member.userId}`;
  // Like the API: read the key first; the key and its answer are written inside the claim's transaction.
  await pool.query(`SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE user_id = $1 AND key = $2`, [member.userId, key]);
  const write = async (client, status) => {
    const id = randomUUID();
    await client.query(
      `INSERT INTO benefit_claims (id, programme_id, session_id, member_id, user_id, status, period_key, cost_fen, confirmed_at)
       VALUES ($1, $2, $3, $4, $5, $6, '2026', $7, CASE WHEN $6 = 'confirmed' THEN now() END)
       RETURNING arrival, created_at, ${WAITLIST_POSITION}`,
      [id, batch.programmeId, batch.sessionId, member.memberId, member.userId, status, COST_FEN],
    );
    await client.query(
      `INSERT INTO audit_entries (actor_user_id, action, entity_type, entity_id, org_id, detail) VALUES ($1, 'benefit.claim.created', 'benefit_claim', $2, $3, $4)`,
      [member.userId, id, batch.orgId, { status, costFen: COST_FEN }],
    );
    await client.query(
      `INSERT INTO idempotency_keys AS k (user_id, key, request_hash, response_status, response_body) VALUES ($1, $2, 'h', 201, $3)
       ON CONFLICT (user_id, key) DO UPDATE SET response_status = EXCLUDED.response_status, response_body = EXCLUDED.response_body, created_at = now()
        WHERE k.response_status IS NULL AND k.request_hash = EXCLUDED.request_hash RETURNING key`,
      [member.userId, key, { id, status }],
    );
  };
  // Like the API: write first and take the place last; once the batch looked full, go straight to the waitlist way.
  const [{ remaining }] = (await pool.query(`SELECT remaining FROM benefit_sessions WHERE id = $1`, [batch.sessionId])).rows;
  const client = await pool.connect();
  try {
    if (remaining > 0) {
      await client.query('BEGIN');
      await write(client, 'confirmed');
      const [taken] = (await client.query(TAKE_PLACE, [batch.sessionId, batch.programmeId, COST_FEN])).rows;
      if (taken.session_taken && taken.programme_taken) return void (await client.query('COMMIT'));
      await client.query('ROLLBACK');
    }
    await client.query('BEGIN');
    const [again] = (await client.query(TAKE_PLACE, [batch.sessionId, batch.programmeId, COST_FEN])).rows;
    await write(client, again.session_taken && again.programme_taken ? 'confirmed' : 'waitlisted');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

async function stormBare(url, batch, members) {
  const pool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < members.length) {
        const member = members[next++];
        const begun = performance.now();
        await claimBare(pool, batch, member);
        latencies.push(performance.now() - begun);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await pool.end();
  latencies.sort((a, b) => a - b);
  const at = (q) => Number(latencies[Math.floor(q * (latencies.length - 1))].toFixed(1));
  return { claimsPerSecond: members.length / seconds, p50: at(0.5), p99: at(0.99), seconds };
}

/** Nothing oversold: CAPACITY confirmed, the rest waitlisted, no place or fen left over. */
async function checkInvariants(client, batch) {
  const {
    rows: [r],
  } = await client.query(
    `SELECT (SELECT remaining FROM benefit_sessions WHERE id = $1) AS remaining,
            (SELECT spent_fen::int FROM benefit_programmes WHERE id = $2) AS spent,
            count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
            count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted
       FROM benefit_claims WHERE session_id = $1`,
    [batch.sessionId, batch.programmeId],
  );
  const expected = { remaining: 0, spent: CAPACITY * COST_FEN, confirmed: CAPACITY, waitlisted: CLAIMS - CAPACITY };
  if (JSON.stringify(r) !== JSON.stringify(expected)) throw new Error(`invariants broken: ${JSON.stringify(r)}, expected ${JSON.stringify(expected)}`);
  return r;
}

await withBenchDatabase(async (url) => {
  await migrate(url);
  await seed(url, { demo: false });
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined); // the database is dropped under it when a storm fails
  await client.connect();
  const members = await insertMembers(client);
  const api = await startApi(url, { DATABASE_POOL_SIZE: String(POOL_SIZE), JWT_SECRET: JWT_KEY });
  const results = {};
  try {
    await stormApi(api.base, await aBatch(client, 'warm-up'), members.slice(0, 300)); // JIT, pool connections
    const apiBatch = await aBatch(client, 'api');
    results[`API POST /benefits/{id}/claims (pool ${POOL_SIZE})`] = await stormApi(api.base, apiBatch, members);
    await checkInvariants(client, apiBatch);
  } finally {
    api.stop();
  }
  const bareBatch = await aBatch(client, 'bare');
  results[`bare pg, same writes (pool ${POOL_SIZE})`] = await stormBare(url, bareBatch, members);
  await checkInvariants(client, bareBatch);
  await client.end();

  console.log(
    `${CLAIMS.toLocaleString('en')} claims on one batch of ${CAPACITY} places (waitlist on), ${CONNECTIONS} concurrent callers; invariants checked after each storm\n`,
  );
  console.table(
    Object.fromEntries(
      Object.entries(results).map(([label, r]) => [
        label,
        { 'claims/s': Math.round(r.claimsPerSecond), 'p50 ms': r.p50, 'p99 ms': r.p99, seconds: Number(r.seconds.toFixed(2)) },
      ]),
    ),
  );
  const [viaApi, bare] = Object.values(results);
  console.log(`API throughput = ${((100 * viaApi.claimsPerSecond) / bare.claimsPerSecond).toFixed(0)} % of bare pg (target ≥ 50 %)`);
});
