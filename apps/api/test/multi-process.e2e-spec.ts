import { ApiProcess, sharedKeys, startApiProcess } from './support/api-process';
import { aProgramme, aSession, checkInvariants, insertMembers } from './support/benefits';
import { anAddress, aPhone } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The scale-out path: two API processes on one PostgreSQL, requests dealt to them in turn as a
 * round-robin load balancer would. Nothing that must be shared may live in one process's memory.
 */
describe('two API processes on one database', () => {
  let t: TestApp;
  let processes: ApiProcess[];
  let turn = 0;
  const next = () => processes[turn++ % processes.length];

  beforeAll(async () => {
    const keys = sharedKeys();
    t = await startTestApp(keys);
    const env = {
      ...keys,
      DATABASE_URL: t.config.databaseUrl!,
      TRUST_PROXY: '127.0.0.1',
      MIGRATE_ON_START: 'false',
      SEED_DEMO_DATA: 'false',
      DATABASE_POOL_SIZE: '20',
    };
    processes = await Promise.all([startApiProcess(env), startApiProcess(env)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all((processes ?? []).map((p) => p.stop()));
    await t?.close();
  });

  it('holds every claim invariant when a storm is dealt across both', async () => {
    const crowd = await insertMembers(t, 300);
    const trip = await aProgramme(t, { hasSessions: true, hasWaitlist: true, costFen: 100_000, budgetFen: 50 * 100_000 });
    const batch = await aSession(t, trip, { capacity: 50 });
    const claim = (token: string, key: string) =>
      next().http().post(`/api/v1/benefits/${trip.id}/claims`).set('authorization', token).set('idempotency-key', key).send({ sessionId: batch.id });

    const storm = await Promise.all(crowd.map((member, i) => claim(member.token, `storm-${i}`)));
    const statuses = storm.map((r) => `${r.status} ${r.body.status ?? r.body.code}`);
    expect(statuses.filter((s) => s === '201 confirmed')).toHaveLength(50);
    expect(statuses.filter((s) => s === '201 waitlisted')).toHaveLength(250);
    expect(await checkInvariants(t, trip.id)).toMatchObject({ confirmed: 50, waitlisted: 250, spent: 50 * 100_000 });

    // One key retried on both processes at once is one claim, answered the same everywhere.
    const retried = await Promise.all(Array.from({ length: 10 }, () => claim(crowd[0].token, 'storm-0')));
    expect(new Set(retried.map((r) => `${r.status} ${r.body.id}`))).toEqual(new Set([`201 ${storm[0].body.id}`]));
  }, 120_000);

  it('keeps the SMS limits across both processes', async () => {
    const phone = aPhone();
    const send = (to: string, address: string) => next().http().post('/api/v1/auth/sms/send').set('x-forwarded-for', address).send({ phone: to });
    expect((await send(phone, anAddress())).status).toBe(202);
    const again = await send(phone, anAddress());
    expect(again.status).toBe(429);
    expect(again.body.code).toBe('SMS_RESEND_TOO_SOON');

    // One address pumping codes to many phones, dealt across both processes: the per-address limit holds.
    const pumper = anAddress();
    const limit = t.config.smsLimits.perAddressPerMinute;
    const pumped = [];
    for (let i = 0; i < limit + 3; i++) pumped.push((await send(aPhone(), pumper)).status);
    expect(pumped.filter((s) => s === 202)).toHaveLength(limit);
    expect(pumped.slice(limit)).toEqual([429, 429, 429]);
  });

  it('refuses on one process a refresh-token family revoked on the other', async () => {
    const phone = aPhone();
    const [first, second] = [next(), next()];
    const sent = await first.http().post('/api/v1/auth/sms/send').set('x-forwarded-for', anAddress()).send({ phone }).expect(202);
    const session = await first.http().post('/api/v1/auth/sms/verify').send({ phone, code: sent.body.devCode }).expect(200);
    await second.http().get('/api/v1/me').set('authorization', `Bearer ${session.body.accessToken}`).expect(200);

    const rotated = await first.http().post('/api/v1/auth/refresh').send({ refreshToken: session.body.refreshToken }).expect(200);
    // The spent token replayed on the other process: a theft, so the whole family is revoked ...
    await second.http().post('/api/v1/auth/refresh').send({ refreshToken: session.body.refreshToken }).expect(401);
    // ... and the newest token of that family no longer works on the first.
    const refused = await first.http().post('/api/v1/auth/refresh').send({ refreshToken: rotated.body.refreshToken });
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('TOKEN_INVALID');
  });
});
