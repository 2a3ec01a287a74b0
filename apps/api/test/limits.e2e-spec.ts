import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../src/create-app';
import { LimitsService } from '../src/limits/limits.service';
import { RetentionService } from '../src/retention/retention.service';
import { anAddress, aPhone, sendSmsCode } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

// Every limit through the real app on a real PostgreSQL. The limits' clock is moved instead of
// waiting: each test starts just after a Beijing midnight of its own, so no window edge falls inside it.
describe('abuse limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  let days = 0;
  /** Freezes the limits' clock of each app at 00:00:01 Beijing time on a day no other test uses. */
  function limitsClock(...apps: NestFastifyApplication[]) {
    days += 1;
    const midnight = new Date(Date.UTC(2031, 0, days, 16)); // 16:00 UTC is midnight in Beijing
    let at = midnight.getTime() + 1000;
    for (const app of apps) jest.spyOn(app.get(LimitsService), 'now').mockImplementation(() => new Date(at));
    return { midnight, advance: (seconds: number) => (at += seconds * 1000) };
  }
  const statuses = (answers: { status: number }[]) => answers.map((a) => a.status).sort();
  const verify = (phone: string, code: string) => t.http().post('/api/v1/auth/sms/verify').send({ phone, code });
  const staffLogin = (username: string, password: string, address: string) =>
    t.http().post('/api/v1/auth/staff/login').set('x-forwarded-for', address).send({ username, password });
  // The 60-second resend rule is kept with the codes, in real time: age a phone's codes past it.
  const ageCodes = (phone: string) => t.db.query(`UPDATE sms_codes SET created_at = created_at - interval '2 minutes' WHERE phone = $1`, [phone]);

  describe('SMS codes sent', () => {
    it('refuses one address past 5 codes a minute, however many phones it pumps, and counts refusals nowhere', async () => {
      const { midnight } = limitsClock(t.app);
      const pumper = anAddress();
      const phones = Array.from({ length: 20 }, () => aPhone());
      const answers = await Promise.all(phones.map((phone) => sendSmsCode(t, phone, pumper)));
      expect(statuses(answers)).toEqual([...Array(5).fill(202), ...Array(15).fill(429)]);
      const refused = answers.find((a) => a.status === 429)!;
      expect(refused.body).toMatchObject({ code: 'TOO_MANY_REQUESTS', details: [{ retryAfterSeconds: 59 }] });
      expect(refused.body.message).toContain('59 秒');
      expect(refused.headers['retry-after']).toBe('59');
      const [{ sent }] = await t.db.query(`SELECT count(*)::int AS sent FROM sms_codes WHERE phone = ANY($1)`, [phones]);
      expect(sent).toBe(5);
      // The fifteen refusals used up none of the global breaker's budget.
      const [{ hits }] = await t.db.query(`SELECT hits FROM rate_limit_hits WHERE scope = 'sms-send:global' AND window_start = $1`, [midnight]);
      expect(hits).toBe(5);
    });

    it('refuses one address past 30 codes an hour', async () => {
      const clock = limitsClock(t.app);
      const address = anAddress();
      for (let minute = 0; minute < 6; minute++) {
        for (let i = 0; i < 5; i++) await sendSmsCode(t, aPhone(), address).expect(202);
        clock.advance(60);
      }
      const refused = await sendSmsCode(t, aPhone(), address);
      expect(refused.status).toBe(429);
      expect(refused.body.details[0].retryAfterSeconds).toBe(3600 - 6 * 60 - 1);
      clock.advance(3600);
      await sendSmsCode(t, aPhone(), address).expect(202);
    });

    it('sends one phone at most one code a minute, 5 an hour and 10 a day, from any address', async () => {
      const clock = limitsClock(t.app);
      const phone = aPhone();
      const send = async () => {
        await ageCodes(phone);
        clock.advance(120);
        return sendSmsCode(t, phone);
      };
      for (let i = 0; i < 5; i++) expect((await send()).status).toBe(202);
      expect((await sendSmsCode(t, phone)).body.code).toBe('SMS_RESEND_TOO_SOON');
      const sixth = await send();
      expect(sixth.status).toBe(429);
      expect(sixth.body).toMatchObject({ code: 'TOO_MANY_REQUESTS', details: [{ field: 'phone', retryAfterSeconds: 3600 - 6 * 120 - 1 }] });

      clock.advance(3600);
      for (let i = 0; i < 5; i++) expect((await send()).status).toBe(202);
      clock.advance(3600);
      const eleventh = await send();
      expect(eleventh.status).toBe(429);
      expect(eleventh.body.message).toContain('明天');
      expect(eleventh.body.details[0].retryAfterSeconds).toBeGreaterThan(20 * 3600);

      clock.advance(eleventh.body.details[0].retryAfterSeconds);
      expect((await send()).status).toBe(202);
      const [{ sent }] = await t.db.query(`SELECT count(*)::int AS sent FROM sms_codes WHERE phone = $1`, [phone]);
      expect(sent).toBe(11);
    });

    it('trips the global breaker at 100 codes a minute across addresses, and warns once', async () => {
      const clock = limitsClock(t.app);
      const warn = jest.spyOn(Logger.prototype, 'warn');
      const answers = await Promise.all(Array.from({ length: 110 }, () => sendSmsCode(t, aPhone(), anAddress())));
      expect(statuses(answers)).toEqual([...Array(100).fill(202), ...Array(10).fill(429)]);
      expect(answers.find((a) => a.status === 429)!.body).toMatchObject({ code: 'TOO_MANY_REQUESTS', message: expect.stringContaining('短信服务繁忙') });
      await sendSmsCode(t, aPhone(), anAddress()).expect(429);
      expect(warn.mock.calls.filter(([message]) => String(message).includes('circuit breaker'))).toHaveLength(1);

      clock.advance(60);
      await sendSmsCode(t, aPhone(), anAddress()).expect(202);
    });

    it('holds across two API instances on one database', async () => {
      const other = await createApp(t.config, t.config.databaseUrl!);
      try {
        limitsClock(t.app, other);
        const address = anAddress();
        const through = [t.http, () => request(other.getHttpServer())];
        const answers = [];
        for (let i = 0; i < 6; i++)
          answers.push(await through[i % 2]().post('/api/v1/auth/sms/send').set('x-forwarded-for', address).send({ phone: aPhone() }));
        expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202, 202, 429]);
      } finally {
        await other.close();
      }
    });
  });

  describe('SMS code guesses', () => {
    it('caps a phone at 20 wrong codes a day across all its codes, so new codes buy no new guesses', async () => {
      const clock = limitsClock(t.app);
      const phone = aPhone();
      const newCode = async (): Promise<string> => {
        await ageCodes(phone);
        const sent = await sendSmsCode(t, phone).expect(202);
        return sent.body.devCode;
      };
      for (let code = 0; code < 4; code++) {
        const right = await newCode();
        const wrong = right === '000000' ? '111111' : '000000';
        for (let i = 0; i < 5; i++) expect((await verify(phone, wrong)).body.code).toBe('SMS_CODE_INVALID');
      }
      const capped = await verify(phone, await newCode());
      expect(capped.status).toBe(429);
      expect(capped.body).toMatchObject({ code: 'SMS_TOO_MANY_ATTEMPTS', details: [{ field: 'phone', retryAfterSeconds: 24 * 3600 - 1 }] });
      expect(capped.headers['retry-after']).toBe(String(24 * 3600 - 1));

      clock.advance(24 * 3600);
      await verify(phone, await newCode()).expect(200);
    });

    it('does not count a right code against the day', async () => {
      limitsClock(t.app);
      const phone = aPhone();
      const code = (await sendSmsCode(t, phone).expect(202)).body.devCode;
      await verify(phone, code === '000000' ? '111111' : '000000').expect(400);
      await verify(phone, code).expect(200);
      const [{ hits }] = await t.db.query(`SELECT hits FROM rate_limit_hits WHERE scope = 'sms-verify:phone:day' AND key = $1`, [phone]);
      expect(hits).toBe(1);
    });
  });

  describe('staff sign-in', () => {
    it('lets no stranger lock staff out: the user still signs in from an address they used before', async () => {
      const clock = limitsClock(t.app);
      const office = anAddress();
      await staffLogin('keqiao-staff', 'demo12345', office).expect(200);

      // 120 wrong passwords at once from 30 addresses, four each (under the per-address limits).
      const strangers = Array.from({ length: 30 }, () => anAddress());
      const guesses = await Promise.all(strangers.flatMap((address) => [1, 2, 3, 4].map(() => staffLogin('keqiao-staff', 'guess', address))));
      expect(statuses(guesses)).toEqual([...Array(100).fill(401), ...Array(20).fill(429)]);

      // The username is locked for everyone else, even with the right password...
      const locked = await staffLogin('keqiao-staff', 'demo12345', anAddress()).expect(429);
      expect(locked.headers['retry-after']).toBe(String(15 * 60 - 1));
      await staffLogin('keqiao-staff', 'demo12345', strangers[0]).expect(429);
      // ...but not from the office, where only that address's own failures count.
      await staffLogin('keqiao-staff', 'demo12345', office).expect(200);
      clock.advance(15 * 60);
      await staffLogin('keqiao-staff', 'demo12345', anAddress()).expect(200);
    });

    it('refuses password spraying across usernames from one address', async () => {
      limitsClock(t.app);
      const sprayer = anAddress();
      await staffLogin('provider-demo', 'demo12345', sprayer).expect(200);
      const usernames = ['district-admin', 'keqiao-staff', ...Array.from({ length: 23 }, (_, i) => `staff-${i}`)];
      const answers = [];
      for (const username of usernames) answers.push(await staffLogin(username, 'Password1', sprayer));
      expect(answers.map((a) => a.status)).toEqual([...Array(20).fill(401), ...Array(5).fill(429)]);

      await staffLogin('district-admin', 'demo12345', sprayer).expect(429);
      // Someone who signed in from this address before (one office, one NAT) still gets in.
      await staffLogin('provider-demo', 'demo12345', sprayer).expect(200);
      await staffLogin('district-admin', 'demo12345', anAddress()).expect(200);
    });

    it('counts only wrong passwords: a right one forgives the slips before it', async () => {
      limitsClock(t.app);
      const address = anAddress();
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < 4; i++) await staffLogin('provider-demo', 'wrong', address).expect(401);
        await staffLogin('provider-demo', 'demo12345', address).expect(200);
      }
    });
  });

  describe('the counted client address', () => {
    it('ignores X-Forwarded-For unless it comes from a configured proxy', async () => {
      const direct = await startTestApp({ TRUST_PROXY: '' });
      try {
        limitsClock(direct.app, t.app);
        const forged = Array.from({ length: 6 }, () => anAddress());
        const answers = [];
        for (const address of forged) answers.push(await sendSmsCode(direct, aPhone(), address));
        expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202, 202, 429]);
        expect(await direct.db.query(`SELECT DISTINCT key FROM rate_limit_hits WHERE scope = 'sms-send:address:minute'`)).toEqual([{ key: '127.0.0.1' }]);
        // Nor does a forged header get a guesser past the per-address staff limit.
        const guess = (address: string) =>
          direct.http().post('/api/v1/auth/staff/login').set('x-forwarded-for', address).send({ username: 'provider-demo', password: 'wrong' });
        for (const address of forged.slice(0, 5)) await guess(address).expect(401);
        await guess(forged[5]).expect(429);

        // Behind the configured proxy (TRUST_PROXY=127.0.0.1, the test app's), each forwarded address counts as its own.
        const trusted = [];
        for (const address of forged) trusted.push(await sendSmsCode(t, aPhone(), address));
        expect(trusted.map((a) => a.status)).toEqual(Array(6).fill(202));
        const keys = await t.db.query(`SELECT key FROM rate_limit_hits WHERE scope = 'sms-send:address:minute' AND key = ANY($1)`, [forged]);
        expect(keys).toHaveLength(6);
      } finally {
        await direct.close();
      }
    });
  });

  it('forgets counters once their window has passed, and known addresses after 30 days', async () => {
    await t.db.query(
      `INSERT INTO rate_limit_hits (scope, key, window_start, expires_at, hits) VALUES
       ('test', 'ended', now() - interval '2 minutes', now() - interval '1 minute', 3),
       ('test', 'open', now() - interval '30 seconds', now() + interval '30 seconds', 3)`,
    );
    const address = anAddress();
    await staffLogin('keqiao-staff', 'demo12345', address).expect(200);
    await t.db.query(`UPDATE staff_known_addresses SET last_signed_in_at = now() - interval '31 days' WHERE address = $1`, [address]);

    const deleted = await t.app.get(RetentionService).purge();
    expect(deleted).toMatchObject({ staff_known_addresses: 1 });
    expect(deleted.rate_limit_hits).toBeGreaterThanOrEqual(1);
    expect(await t.db.query(`SELECT key FROM rate_limit_hits WHERE scope = 'test'`)).toEqual([{ key: 'open' }]);
    expect(await t.db.query(`SELECT 1 FROM staff_known_addresses WHERE address = $1`, [address])).toEqual([]);
  });
});
