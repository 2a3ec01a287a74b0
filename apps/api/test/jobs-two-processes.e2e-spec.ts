import { randomUUID } from 'node:crypto';
import { ApiProcess, sharedKeys, startApiProcess } from './support/api-process';
import { aProgramme, aSession, insertMembers } from './support/benefits';
import { startTestApp, TestApp } from './support/test-app';

const SCHEDULES = ['claim-expiry', 'waitlist-sweep', 'retention'];
const TICKS = 2;

/**
 * Two API processes that both run the job schedules on one database: every schedule must run once
 * per tick, not once per process. Retention is made per-minute (JOBS_RETENTION_CRON) to tick here.
 */
describe('scheduled jobs across two API processes', () => {
  let t: TestApp;
  let processes: ApiProcess[] = [];
  const keys = sharedKeys();

  beforeAll(async () => {
    // This one only publishes (JOBS_RUN is false in tests): the test reads the database through it.
    t = await startTestApp(keys);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await t?.close();
  });

  it(`runs each schedule once per tick for ${TICKS} ticks, and does its work once`, async () => {
    const [member] = await insertMembers(t, 1);
    const programme = await aProgramme(t, { hasSessions: true, costFen: 5_000, budgetFen: 100_000 });
    const session = await aSession(t, programme);
    const claimed = await t
      .http()
      .post(`/api/v1/benefits/${programme.id}/claims`)
      .set('authorization', member.token)
      .set('idempotency-key', randomUUID())
      .send({ sessionId: session.id })
      .expect(201);
    await t.db.query(
      `UPDATE benefit_sessions SET starts_at = now() - interval '2 days', ends_at = now() - interval '1 day', opens_at = now() - interval '3 days' WHERE id = $1`,
      [session.id],
    );

    const env = {
      ...keys,
      DATABASE_URL: t.config.databaseUrl!,
      MIGRATE_ON_START: 'false',
      SEED_DEMO_DATA: 'false',
      JOBS_RUN: 'true',
      JOBS_RETENTION_CRON: '* * * * *',
    };
    processes = await Promise.all([startApiProcess(env), startApiProcess(env)]);

    // Wait for TICKS ticks of every schedule, at a moment when no tick is half done.
    const deadline = Date.now() + 150_000;
    for (;;) {
      const [{ done, open }] = await t.db.query(
        `SELECT count(*) FILTER (WHERE state = 'completed' AND name = ANY($1))::int AS done,
                count(*) FILTER (WHERE state < 'completed')::int AS open
           FROM pgboss.job WHERE name = ANY($1) OR name = '__pgboss__send-it'`,
        [SCHEDULES],
      );
      if (done >= TICKS * SCHEDULES.length && open === 0 && (await ticksPerSchedule(t)).every((ticks) => ticks.length >= TICKS)) break;
      if (Date.now() > deadline) throw new Error(`schedules did not tick ${TICKS} times in 150 s:\n${processes.map((p) => p.output()).join('\n')}`);
      await new Promise((wait) => setTimeout(wait, 2_000));
    }

    const ticks = await ticksPerSchedule(t);
    for (const [i, name] of SCHEDULES.entries()) {
      // One tick a minute, none skipped, and exactly one job worked per tick, at its first attempt.
      const minutes = ticks[i].map((tick) => tick.getTime() / 60_000);
      expect(minutes).toEqual(minutes.map((_, k) => minutes[0] + k));
      const runs = await t.db.query(`SELECT state, retry_count FROM pgboss.job WHERE name = $1`, [name]);
      expect({ name, runs: runs.length }).toEqual({ name, runs: ticks[i].length });
      expect(runs.every((run: { state: string; retry_count: number }) => run.state === 'completed' && run.retry_count === 0)).toBe(true);
    }

    // The expiry's work itself: the claim of the ended session expired once, its money back.
    const expired = await t.db.query(`SELECT 1 FROM audit_entries WHERE action = 'benefit.claim.expired' AND entity_id = $1`, [claimed.body.id]);
    expect(expired).toHaveLength(1);
    const [{ spent_fen }] = await t.db.query(`SELECT spent_fen::int FROM benefit_programmes WHERE id = $1`, [programme.id]);
    expect(spent_fen).toBe(0);
    for (const p of processes) expect(p.output()).not.toMatch(/job \S+ \S+ failed/);
  }, 200_000);
});

/** Per schedule, the minutes pg-boss's scheduler sent it a job for (its `send-it` jobs, done), in order. */
async function ticksPerSchedule(t: TestApp): Promise<Date[][]> {
  const rows: { schedule: string; tick: Date }[] = await t.db.query(
    `SELECT data->>'name' AS schedule, singleton_on AS tick FROM pgboss.job WHERE name = '__pgboss__send-it' AND state = 'completed' ORDER BY singleton_on`,
  );
  return SCHEDULES.map((name) => rows.filter((row) => row.schedule === name).map((row) => row.tick));
}
