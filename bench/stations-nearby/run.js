// Nearest 20 stations among 186,100 (the national network), three ways, in one run on this machine:
//   1. the built API over HTTP (autocannon, 50 connections),
//   2. the API's KNN statement through a bare `pg` pool at the same concurrency,
//   3. a full-scan haversine statement (no index) as the baseline.
// It makes its own database on the local PostgreSQL and drops it at the end; loopback only.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const require = createRequire(import.meta.url);
const apiDir = dirname(require.resolve('@kgh/api/package.json'));
const { migrate, seed } = require(join(apiDir, 'dist/database/open-database.js'));

const STATIONS = 186_100;
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// 5, not the API's default 10: on this 2-core machine fewer backends contend less (bench/README.md).
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 5);
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

// The API's statement for `GET /stations/nearby?lat=&lng=` (src/stations/stations.service.ts).
const KNN_SQL = `SELECT id, name, kind, address, lat, lng, amenities, opening_hours AS "openingHours", closures, phone
  FROM stations WHERE active
  ORDER BY ll_to_earth(lat, lng) <-> ll_to_earth($1, $2)
  LIMIT $3 OFFSET $4`;
const FULL_SCAN_SQL = `SELECT id, name, lat, lng, 2 * 6371008.8 * asin(sqrt(
    sin(radians(lat - $1) / 2) ^ 2 + cos(radians($1)) * cos(radians(lat)) * sin(radians(lng - $2) / 2) ^ 2)) AS "distanceMeters"
  FROM stations WHERE active ORDER BY "distanceMeters" LIMIT 20`;

// Random points over mainland China, where the stations are.
const randomPoint = () => ({ lat: 20 + Math.random() * 25, lng: 100 + Math.random() * 22 });

function assertLoopback(url) {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) throw new Error(`refusing a non-loopback database host: ${host}`);
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function fillStations(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  // One statement; the GiST index is built once afterwards, which is much faster than row by row.
  await client.query('DROP INDEX ix_stations_location');
  await client.query(`INSERT INTO stations (name, kind, address, town_code, org_id, lat, lng, amenities, opening_hours)
    SELECT '驿站' || g, (ARRAY['worker_station','courier_station','freight_drivers_home','mobile'])[1 + g % 4], '地址' || g, 'keqiao',
           (SELECT id FROM orgs WHERE code = 'town:keqiao'), 20 + random() * 25, 100 + random() * 22,
           (ARRAY['{water,charging}','{water,charging,toilet,cold_drinks}','{water,seating,air_conditioning}'])[1 + g % 3]::text[],
           CASE WHEN g % 5 = 0 THEN '{"is24h": true, "weekly": {}}'::jsonb
                ELSE '{"is24h": false, "weekly": {"mon": [["08:00","20:00"]], "tue": [["08:00","20:00"]], "wed": [["08:00","20:00"]], "thu": [["08:00","20:00"]], "fri": [["08:00","20:00"]]}}'::jsonb END
    FROM generate_series(1, ${STATIONS}) g`);
  await client.query('CREATE INDEX ix_stations_location ON stations USING gist (ll_to_earth(lat, lng))');
  await client.query('ANALYZE stations');
  const { rows } = await client.query(
    `EXPLAIN ${KNN_SQL.replace(/\$1|\$2/g, '30')
      .replace('$3', '20')
      .replace('$4', '0')}`,
  );
  await client.end();
  return { seconds: (Date.now() - started) / 1000, plan: rows.map((r) => r['QUERY PLAN']).join('\n') };
}

async function startApi(url) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(apiDir, 'dist/main.js')], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: String(POOL_SIZE),
      DATA_DIR: mkdtempSync(join(tmpdir(), 'kgh-bench-')),
      SEED_DEMO_DATA: 'false',
      MIGRATE_ON_START: 'false',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/health`)).ok) return { base, stop: () => child.kill('SIGTERM') };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGTERM');
  throw new Error('the API did not answer /health within 20 s');
}

function nearbyPath() {
  const { lat, lng } = randomPoint();
  return `/api/v1/stations/nearby?lat=${lat.toFixed(6)}&lng=${lng.toFixed(6)}&limit=20`;
}

async function benchApi(base) {
  const run = (duration) =>
    autocannon({
      url: base,
      connections: CONNECTIONS,
      duration,
      requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: nearbyPath() }) }],
    });
  await run(2); // warm-up: JIT, pool connections, index pages in memory
  const result = await run(SECONDS);
  const failures = result.errors + result.timeouts + result.non2xx;
  if (failures > 0) throw new Error(`${failures} of ${result.requests.total} API requests failed`);
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, total: result.requests.total };
}

/** CONNECTIONS callers, each running `statement` back to back for `seconds`, over one pool. */
async function benchPool(url, statement, paramsOf, seconds, poolSize) {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const latencies = [];
  const deadline = performance.now() + seconds * 1000;
  const caller = async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      await pool.query(statement, paramsOf());
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONNECTIONS }, caller));
  const elapsed = (performance.now() - started) / 1000;
  await pool.end();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { requestsPerSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), total: latencies.length };
}

async function main() {
  assertLoopback(SERVER_URL);
  const name = `kgh_bench_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = Object.assign(new URL(SERVER_URL), { pathname: `/${name}` }).toString();
  let api;
  try {
    await migrate(url);
    await seed(url, { demo: false });
    const filled = await fillStations(url);
    console.log(
      `${STATIONS.toLocaleString('en')} stations inserted and indexed in ${filled.seconds.toFixed(1)} s; the plan of the nearby statement:\n${filled.plan}\n`,
    );

    api = await startApi(url);
    const knnParams = () => {
      const { lat, lng } = randomPoint();
      return [lat, lng, 20, 0];
    };
    const fullScanParams = () => {
      const { lat, lng } = randomPoint();
      return [lat, lng];
    };
    const results = {};
    results[`API GET /stations/nearby (pool ${POOL_SIZE})`] = await benchApi(api.base);
    api.stop();
    api = null;
    await benchPool(url, KNN_SQL, knnParams, 2, POOL_SIZE); // warm-up
    results[`bare pg, same KNN SQL (pool ${POOL_SIZE})`] = await benchPool(url, KNN_SQL, knnParams, SECONDS, POOL_SIZE);
    results[`bare pg, same KNN SQL (pool ${CONNECTIONS})`] = await benchPool(url, KNN_SQL, knnParams, SECONDS, CONNECTIONS);
    results[`bare pg, full-scan haversine (pool ${POOL_SIZE})`] = await benchPool(url, FULL_SCAN_SQL, fullScanParams, SECONDS, POOL_SIZE);

    console.log(`nearest 20 of ${STATIONS.toLocaleString('en')} from random points, ${CONNECTIONS} concurrent callers, ${SECONDS} s each\n`);
    console.table(
      Object.fromEntries(
        Object.entries(results).map(([label, r]) => [
          label,
          { 'req/s': Math.round(r.requestsPerSecond), 'p50 ms': Number(r.p50.toFixed(2)), 'p99 ms': Number(r.p99.toFixed(2)), requests: r.total },
        ]),
      ),
    );
    const api_ = results[`API GET /stations/nearby (pool ${POOL_SIZE})`];
    const bare = Math.max(
      results[`bare pg, same KNN SQL (pool ${POOL_SIZE})`].requestsPerSecond,
      results[`bare pg, same KNN SQL (pool ${CONNECTIONS})`].requestsPerSecond,
    );
    console.log(
      `API throughput = ${((100 * api_.requestsPerSecond) / bare).toFixed(0)} % of the best bare-pg run (target ≥ 50 %); API p99 = ${api_.p99} ms (target ≤ 25 ms)`,
    );
  } finally {
    api?.stop();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
