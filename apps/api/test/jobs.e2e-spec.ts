import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { publishEvent } from '../src/jobs/domain-events';
import { JobsService } from '../src/jobs/jobs.service';
import { aProgramme, aSession, insertMembers } from './support/benefits';
import { aMember, signInStaff } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';
import { SERVER_URL } from './support/test-database';

/** Polls `check` until it returns something truthy; fails after `ms`. */
async function until<T>(check: () => Promise<T>, ms = 20_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`still not so after ${ms} ms`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
}

const jobsOf = (t: TestApp, name: string) => t.db.query(`SELECT id, data, state, retry_count, output FROM pgboss.job WHERE name = $1`, [name]);
const jobById = async (t: TestApp, id: string) => (await t.db.query(`SELECT state, retry_count, output FROM pgboss.job WHERE id = $1`, [id]))[0];

describe('domain events', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp()));
  afterAll(() => t.close());

  it('publishes application.approved when staff approve an application', async () => {
    const member = await aMember(t);
    const events = (await jobsOf(t, 'application.approved')).filter(
      (job: { data: { applicationId: string } }) => job.data.applicationId === member.applicationId,
    );
    expect(events).toHaveLength(1);
    const [{ id: memberId, union_org_id: orgId }] = await t.db.query(`SELECT id, union_org_id FROM members WHERE application_id = $1`, [member.applicationId]);
    expect(events[0].data).toEqual({ applicationId: member.applicationId, memberId, orgId });
  });

  it('publishes claim.confirmed only for the claim that kept the place in a storm, and claim.promoted when it is cancelled', async () => {
    const crowd = await insertMembers(t, 30);
    const trip = await aProgramme(t, { hasSessions: true, hasWaitlist: true });
    const batch = await aSession(t, trip, { capacity: 1 });
    // Most of the crowd reads a free place, writes its claim and its event, then finds the place
    // gone and rolls back to the waitlist: none of those events may remain.
    const storm = await Promise.all(
      crowd.map((member) =>
        t
          .http()
          .post(`/api/v1/benefits/${trip.id}/claims`)
          .set('authorization', member.token)
          .set('idempotency-key', randomUUID())
          .send({ sessionId: batch.id }),
      ),
    );
    const confirmed = storm.filter((r) => r.body.status === 'confirmed');
    expect(confirmed).toHaveLength(1);
    expect(storm.filter((r) => r.body.status === 'waitlisted')).toHaveLength(29);
    const ofTrip = async (event: string) => (await jobsOf(t, event)).filter((job: { data: { programmeId: string } }) => job.data.programmeId === trip.id);
    expect((await ofTrip('claim.confirmed')).map((job: { data: object }) => job.data)).toEqual([
      { claimId: confirmed[0].body.id, programmeId: trip.id, orgId: trip.orgId },
    ]);

    const holder = crowd[storm.indexOf(confirmed[0])];
    await t.http().post(`/api/v1/claims/${confirmed[0].body.id}/cancel`).set('authorization', holder.token).expect(200);
    const [promoted] = await t.db.query(`SELECT id FROM benefit_claims WHERE session_id = $1 AND status = 'confirmed'`, [batch.id]);
    expect((await ofTrip('claim.promoted')).map((job: { data: object }) => job.data)).toEqual([
      { claimId: promoted.id, programmeId: trip.id, orgId: trip.orgId, status: 'confirmed' },
    ]);
  });

  it('publishes claim.confirmed when staff approve a claim under review, and nothing when they reject one', async () => {
    const [approved, rejected] = await insertMembers(t, 2);
    const aid = await aProgramme(t, { requiresApproval: true, capacity: 5 });
    const claimOf = async (member: { token: string }) =>
      (await t.http().post(`/api/v1/benefits/${aid.id}/claims`).set('authorization', member.token).set('idempotency-key', randomUUID()).send({}).expect(201))
        .body.id as string;
    const [toApprove, toReject] = [await claimOf(approved), await claimOf(rejected)];
    expect(await jobsOf(t, 'claim.confirmed').then((jobs) => jobs.filter((job: { data: { programmeId: string } }) => job.data.programmeId === aid.id))).toEqual(
      [],
    );
    const admin = await signInStaff(t, 'district-admin');
    await t.http().post(`/api/v1/admin/claims/${toApprove}/approve`).set('authorization', admin).expect(200);
    await t.http().post(`/api/v1/admin/claims/${toReject}/reject`).set('authorization', admin).send({ reason: '资料不全' }).expect(200);
    const events = (await jobsOf(t, 'claim.confirmed')).filter((job: { data: { programmeId: string } }) => job.data.programmeId === aid.id);
    expect(events.map((job: { data: object }) => job.data)).toEqual([{ claimId: toApprove, programmeId: aid.id, orgId: aid.orgId }]);
  });

  it('publishes nothing when the change rolls back', async () => {
    const claimId = randomUUID();
    const attempt = t.db.transaction(async (manager) => {
      await publishEvent(manager, 'claim.confirmed', { claimId, programmeId: randomUUID(), orgId: randomUUID() });
      expect(await manager.query(`SELECT 1 FROM pgboss.job WHERE data->>'claimId' = $1`, [claimId])).toHaveLength(1);
      throw new Error('the change failed after its event was written');
    });
    await expect(attempt).rejects.toThrow('the change failed');
    expect(await t.db.query(`SELECT 1 FROM pgboss.job WHERE data->>'claimId' = $1`, [claimId])).toHaveLength(0);
  });
});

describe('the job runner in a process that runs jobs', () => {
  let t: TestApp;
  let jobs: JobsService;
  beforeAll(async () => {
    t = await startTestApp({ JOBS_RUN: 'true' });
    jobs = t.app.get(JobsService);
  });
  afterAll(() => t.close());

  it('hands a published event to its subscriber, also one published before it subscribed', async () => {
    const member = await aMember(t);
    const seen: string[] = [];
    await jobs.onEvent('application.approved', async (event) => void seen.push(event.applicationId));
    await until(async () => seen.includes(member.applicationId));
    expect((await jobsOf(t, 'application.approved'))[0].state).toBe('completed');
  });

  it('retries a failing job after its delay, and logs and keeps one that keeps failing', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    let attempts = 0;
    await jobs.handle(
      'test-flaky',
      async () => {
        if (++attempts === 1) throw new Error('the provider timed out');
        return { sent: true };
      },
      { retryLimit: 2, retryDelay: 1, retryBackoff: true },
    );
    const flaky = await jobs.enqueue('test-flaky', { to: 'someone' });
    const done = await until(async () => ((await jobById(t, flaky)).state === 'completed' ? jobById(t, flaky) : null));
    expect(done).toMatchObject({ retry_count: 1, output: { sent: true } });
    expect(warn).toHaveBeenCalledWith(`job test-flaky ${flaky} failed: the provider timed out`);

    await jobs.handle('test-broken', async () => Promise.reject(new Error('always broken')), { retryLimit: 0, retryDelay: 0, retryBackoff: false });
    const broken = await jobs.enqueue('test-broken', {});
    const failed = await until(async () => ((await jobById(t, broken)).state === 'failed' ? jobById(t, broken) : null));
    expect(failed.output).toMatchObject({ message: 'always broken' });
    expect(warn).toHaveBeenCalledWith(`job test-broken ${broken} failed: always broken`);
    warn.mockRestore();
  });

  it('refuses a job for a queue nobody declared', async () => {
    await expect(jobs.enqueue('test-undeclared', {})).rejects.toThrow('no queue named test-undeclared');
  });
});

describe('shutting down while a job runs', () => {
  it('lets the job finish and records it done before app.close() resolves', async () => {
    const t = await startTestApp({ JOBS_RUN: 'true' });
    const database = new URL(t.config.databaseUrl!).pathname.slice(1);
    let finished = false;
    const jobs = t.app.get(JobsService);
    await jobs.handle('test-slow', async () => {
      await new Promise((wait) => setTimeout(wait, 1_500));
      finished = true;
    });
    const id = await jobs.enqueue('test-slow', {});
    await until(async () => (await jobById(t, id)).state === 'active');
    await t.app.close();
    expect(finished).toBe(true);

    const admin = new Client({ connectionString: SERVER_URL });
    await admin.connect();
    try {
      const check = new Client({ connectionString: t.config.databaseUrl! });
      await check.connect();
      const { rows } = await check.query(`SELECT state FROM pgboss.job WHERE id = $1`, [id]);
      await check.end();
      expect(rows).toEqual([{ state: 'completed' }]);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await admin.end();
    }
  });
});
