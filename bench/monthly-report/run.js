// The monthly report for a district of 100,000 members and 10,000 claims a month, two ways, in one run:
//   1. the built API over HTTP: GET /api/v1/admin/reports/monthly?month=<last month> as the district admin
//      (JSON, and the Excel workbook);
//   2. the same totals by a plain `pg` script: one simple statement per figure over the tables, no histories.
// It asserts both agree (totals, and members per town), prints the times side by side, and drops its database.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { startApi, withBenchDatabase } from '../claims/server.js';

const require = createRequire(import.meta.url);
const apiDir = dirname(require.resolve('@kgh/api/package.json'));
const { migrate, seed } = require(join(apiDir, 'dist/database/open-database.js'));

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100_000);
const CLAIMS_PER_MONTH = Number(process.env.BENCH_CLAIMS_PER_MONTH ?? 10_000);
const MONTHS = 12;
const PENDING = 3_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

/** The last whole month in Beijing time, and its bounds. */
function lastMonth(now = new Date()) {
  const beijing = new Date(now.getTime() + 8 * 3_600_000);
  const year = beijing.getUTCMonth() === 0 ? beijing.getUTCFullYear() - 1 : beijing.getUTCFullYear();
  const number = beijing.getUTCMonth() === 0 ? 12 : beijing.getUTCMonth();
  const midnight = (y, m) => new Date(Date.UTC(y, m, 1) - 8 * 3_600_000);
  return { month: `${year}-${String(number).padStart(2, '0')}`, yearStart: midnight(year, 0), start: midnight(year, number - 1), end: midnight(year, number) };
}

/** Members over two years across every town's joint union and the district's express union; applications waiting; claims over a year. */
async function fill(client) {
  const started = performance.now();
  await client.query(`SELECT setseed(0.2026)`);
  await client.query(
    `CREATE TEMP TABLE people AS
     SELECT g, gen_random_uuid() AS user_id, gen_random_uuid() AS application_id,
            unions.ids[1 + g % array_length(unions.ids, 1)] AS union_org_id,
            now() - random() * interval '730 days' AS joined_at,
            (ARRAY['courier','food_delivery','livestreamer','freight_driver','domestic_worker','ride_hailing_driver','other'])[1 + g % 7] AS occupation
       FROM generate_series(1, $1) g,
            (SELECT array_agg(id ORDER BY code) AS ids FROM orgs WHERE kind = 'town_joint' OR code = 'express-industry') unions`,
    [MEMBERS + PENDING],
  );
  await client.query(`INSERT INTO users (id, display_name, roles) SELECT user_id, '压测会员' || g, '{worker}' FROM people`);
  // The last PENDING people are still applying: submitted in the last 90 days, half of them rejected some days later.
  await client.query(
    `INSERT INTO membership_applications (id, user_id, name, id_number_encrypted, id_number_index, id_number_masked, gender, phone, occupation, employer,
                                          town_code, target_org_id, consent_version, consented_at, status, reject_reason, reviewed_at, submitted_at)
     SELECT p.application_id, p.user_id, '压测' || p.g, 'x', md5('id' || p.g), '****' || lpad((p.g % 10000)::text, 4, '0'), 'male', '139' || lpad(p.g::text, 8, '0'),
            p.occupation, 'meituan', coalesce(o.town_code, 'keqiao'), p.union_org_id, '2026-11', applied.at,
            CASE WHEN p.g <= $1 THEN 'approved' WHEN p.g % 2 = 0 THEN 'rejected' ELSE 'pending' END,
            CASE WHEN p.g > $1 AND p.g % 2 = 0 THEN '材料不全' END,
            CASE WHEN p.g <= $1 THEN p.joined_at WHEN p.g % 2 = 0 THEN least(now(), applied.at + random() * interval '10 days') END,
            applied.at
       FROM people p JOIN orgs o ON o.id = p.union_org_id,
            LATERAL (SELECT CASE WHEN p.g <= $1 THEN p.joined_at - interval '1 day' ELSE now() - random() * interval '90 days' END AS at) applied`,
    [MEMBERS],
  );
  await client.query(
    `INSERT INTO members (user_id, application_id, id_number_index, member_number, union_org_id, gender, occupation, joined_at)
     SELECT user_id, application_id, md5('id' || g), 'B' || g, union_org_id, 'male', occupation, joined_at FROM people WHERE g <= $1`,
    [MEMBERS],
  );
  // CLAIMS_PER_MONTH × 12 over the last year on the demo programmes; three in five redeemed within 20 days.
  await client.query(
    `INSERT INTO benefit_claims (programme_id, member_id, user_id, status, period_key, cost_fen, confirmed_at, redeemed_at, created_at)
     SELECT p.id, m.id, m.user_id, CASE WHEN c.redeemed_at IS NULL THEN 'confirmed' ELSE 'redeemed' END, 'bench-' || c.g, p.cost_fen,
            c.confirmed_at, c.redeemed_at, c.confirmed_at
       FROM (SELECT g, 1 + (random() * ($2 - 1))::int AS member_no, now() - random() * interval '365 days' AS confirmed_at,
                    random() AS roll FROM generate_series(1, $1) g) c0
       CROSS JOIN LATERAL (SELECT c0.*, CASE WHEN c0.roll < 0.6 AND c0.confirmed_at + c0.roll * interval '33 days' < now()
                                             THEN c0.confirmed_at + c0.roll * interval '33 days' END AS redeemed_at) c
       JOIN members m ON m.member_number = 'B' || c.member_no
       JOIN (SELECT id, cost_fen, row_number() OVER (ORDER BY code) - 1 AS n, count(*) OVER () AS count FROM benefit_programmes) p ON p.n = c.g % p.count`,
    [CLAIMS_PER_MONTH * MONTHS, MEMBERS],
  );
  await client.query('ANALYZE');
  const {
    rows: [sizes],
  } = await client.query(
    `SELECT (SELECT count(*) FROM members)::int AS members, (SELECT count(*) FROM membership_applications)::int AS applications,
            (SELECT count(*) FROM benefit_claims)::int AS claims`,
  );
  return { ...sizes, seconds: (performance.now() - started) / 1000 };
}

// The plain script: each total straight off its table, as someone counting by hand would.
// $1 is where the window starts (the month's or the year's first instant), $2 the month's end.
const PLAIN = {
  members: [`SELECT count(*)::int AS n FROM members WHERE joined_at < $1`, 'end'],
  joinedMonth: [`SELECT count(*)::int AS n FROM members WHERE joined_at >= $1 AND joined_at < $2`, 'month'],
  joinedYear: [`SELECT count(*)::int AS n FROM members WHERE joined_at >= $1 AND joined_at < $2`, 'year'],
  pending: [`SELECT count(*)::int AS n FROM membership_applications WHERE submitted_at < $1 AND (reviewed_at IS NULL OR reviewed_at >= $1)`, 'end'],
  confirmedMonth: [`SELECT count(*)::int AS n FROM benefit_claims WHERE confirmed_at >= $1 AND confirmed_at < $2`, 'month'],
  confirmedYear: [`SELECT count(*)::int AS n FROM benefit_claims WHERE confirmed_at >= $1 AND confirmed_at < $2`, 'year'],
  redeemedMonth: [`SELECT count(*)::int AS n FROM benefit_claims WHERE redeemed_at >= $1 AND redeemed_at < $2`, 'month'],
  redeemedYear: [`SELECT count(*)::int AS n FROM benefit_claims WHERE redeemed_at >= $1 AND redeemed_at < $2`, 'year'],
  spentMonth: [`SELECT coalesce(sum(cost_fen), 0)::bigint AS n FROM benefit_claims WHERE redeemed_at >= $1 AND redeemed_at < $2`, 'month'],
  spentYear: [`SELECT coalesce(sum(cost_fen), 0)::bigint AS n FROM benefit_claims WHERE redeemed_at >= $1 AND redeemed_at < $2`, 'year'],
};
const PLAIN_BY_TOWN = `SELECT coalesce(t.name, '区直属工会') AS name, count(*)::int AS n
  FROM members m JOIN orgs o ON o.id = m.union_org_id LEFT JOIN orgs t ON t.id = o.parent_id AND t.kind = 'town'
 WHERE m.joined_at < $1 GROUP BY 1`;

const fromApi = (total) => ({
  members: total.membership.members,
  joinedMonth: total.membership.joined.month,
  joinedYear: total.membership.joined.yearToDate,
  pending: total.membership.pendingApplications,
  confirmedMonth: total.benefits.confirmed.month,
  confirmedYear: total.benefits.confirmed.yearToDate,
  redeemedMonth: total.benefits.redeemed.month,
  redeemedYear: total.benefits.redeemed.yearToDate,
  spentMonth: total.benefits.spentFen.month,
  spentYear: total.benefits.spentFen.yearToDate,
});

async function plainCounts(client, month) {
  const params = { end: [month.end], month: [month.start, month.end], year: [month.yearStart, month.end] };
  const counts = {};
  for (const [name, [sql, window]] of Object.entries(PLAIN)) counts[name] = Number((await client.query(sql, params[window])).rows[0].n);
  const byTown = Object.fromEntries((await client.query(PLAIN_BY_TOWN, [month.end])).rows.map((row) => [row.name, row.n]));
  return { counts, byTown };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(runs, work) {
  const times = [];
  let last;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    last = await work();
    times.push(performance.now() - started);
  }
  return { last, median: median(times), max: Math.max(...times) };
}

await withBenchDatabase(async (url) => {
  await migrate(url);
  // The demo: the union tree, its accounts (the district admin reads the report), programmes, census, stations, legal help, the fund.
  await seed(url, { demo: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const api = await startApi(url);
  try {
    const sizes = await fill(client);
    console.log(
      `${sizes.members.toLocaleString('en')} members, ${sizes.applications.toLocaleString('en')} applications, ${sizes.claims.toLocaleString('en')} claims inserted in ${sizes.seconds.toFixed(1)} s`,
    );
    const month = lastMonth();
    const login = await fetch(`${api.base}/api/v1/auth/staff/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'district-admin', password: 'demo12345' }),
    });
    const { accessToken } = await login.json();
    const ask = async (accept) => {
      const response = await fetch(`${api.base}/api/v1/admin/reports/monthly?month=${month.month}`, {
        headers: { authorization: `Bearer ${accessToken}`, accept },
      });
      if (!response.ok) throw new Error(`the report answered ${response.status}: ${await response.text()}`);
      return accept === 'application/json' ? response.json() : response.arrayBuffer();
    };
    await ask('application/json'); // warm-up: JIT, pool, pages in memory
    await plainCounts(client, month);
    const json = await timed(RUNS, () => ask('application/json'));
    const xlsx = await timed(Math.max(3, Math.floor(RUNS / 2)), () => ask('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'));
    const plain = await timed(RUNS, () => plainCounts(client, month));

    const report = json.last;
    const api_ = fromApi(report.total);
    const rows = Object.keys(PLAIN).map((name) => ({
      figure: name,
      API: api_[name],
      'plain pg': plain.last.counts[name],
      agree: api_[name] === plain.last.counts[name],
    }));
    console.log(`\nmonthly report for ${month.month}, district admin (${report.rows.length} rows + total)\n`);
    console.table(rows);
    const towns = report.rows.map((row) => ({ row: row.name, API: row.membership.members, 'plain pg': plain.last.byTown[row.name] ?? 0 }));
    const townsDisagree = towns.filter((town) => town.API !== town['plain pg']);
    console.table({
      'API GET …/reports/monthly (JSON)': { 'median ms': Math.round(json.median), 'max ms': Math.round(json.max), runs: RUNS },
      'API GET …/reports/monthly (xlsx)': { 'median ms': Math.round(xlsx.median), 'max ms': Math.round(xlsx.max), runs: Math.max(3, Math.floor(RUNS / 2)) },
      [`plain pg, ${Object.keys(PLAIN).length + 1} statements`]: { 'median ms': Math.round(plain.median), 'max ms': Math.round(plain.max), runs: RUNS },
    });
    const disagree = rows.filter((row) => !row.agree);
    if (disagree.length > 0 || townsDisagree.length > 0) {
      throw new Error(`the API and the plain script disagree: ${JSON.stringify([...disagree, ...townsDisagree])}`);
    }
    console.log(
      `both agree on ${rows.length} totals and the members of ${towns.length} rows; the report answers in ${Math.round(json.median)} ms (target < 1,000 ms)`,
    );
  } finally {
    api.stop();
    await client.end();
  }
});
