import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { anAddress, aPhone, sendSmsCode, signInStaff, signInWorker } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

describe('signing in', () => {
  let t: TestApp;
  let wechat: Server;
  const wechatCalls: URLSearchParams[] = [];

  beforeAll(async () => {
    // A local stand-in for WeChat's code-to-session endpoint.
    wechat = createServer((req, res) => {
      const query = new URL(req.url!, 'http://x').searchParams;
      wechatCalls.push(query);
      const body =
        query.get('js_code') === 'good-code' ? { openid: 'o-test-openid', session_key: 'SECRET-SESSION-KEY' } : { errcode: 40029, errmsg: 'invalid code' };
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => wechat.listen(0, '127.0.0.1', resolve));
    const port = (wechat.address() as AddressInfo).port;
    t = await startTestApp({ WECHAT_APP_ID: 'wx-test', WECHAT_APP_SECRET: 'secret', WECHAT_API_BASE_URL: `http://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await t.close();
    wechat.close();
  });

  describe('by SMS code', () => {
    it('signs a new worker in and creates a worker account', async () => {
      const { token } = await signInWorker(t, '13700001234');
      const me = await t.http().get('/api/v1/me').set('authorization', token).expect(200);
      expect(me.body).toMatchObject({ roles: ['worker'], phoneMasked: '137****1234', orgId: null });
    });

    it('accepts +86 and spaces and signs in the same account', async () => {
      const first = await signInWorker(t, '13700005678');
      await t.db.query(`UPDATE sms_codes SET created_at = now() - interval '2 minutes'`);
      const sent = await sendSmsCode(t, '+86 137 0000 5678').expect(202);
      const again = await t.http().post('/api/v1/auth/sms/verify').send({ phone: '13700005678', code: sent.body.devCode }).expect(200);
      expect(again.body.user.id).toBe(first.userId);
    });

    it('stores codes only as hashes', async () => {
      const phone = aPhone();
      const sent = await sendSmsCode(t, phone).expect(202);
      const rows = await t.db.query(`SELECT code_hash FROM sms_codes WHERE phone = $1`, [phone]);
      expect(rows[0].code_hash).not.toContain(sent.body.devCode);
    });

    it('refuses a second code for the same phone within 60 seconds', async () => {
      const phone = aPhone();
      await sendSmsCode(t, phone).expect(202);
      const again = await sendSmsCode(t, phone);
      expect(again.status).toBe(429);
      expect(again.body.code).toBe('SMS_RESEND_TOO_SOON');
    });

    it('lets two simultaneous requests send only one code', async () => {
      const phone = aPhone();
      const answers = await Promise.all([1, 2, 3].map(() => sendSmsCode(t, phone)));
      expect(answers.map((a) => a.status).sort()).toEqual([202, 429, 429]);
    });

    it('refuses the right code after five wrong ones', async () => {
      const phone = aPhone();
      const sent = await sendSmsCode(t, phone).expect(202);
      const wrong = sent.body.devCode === '000000' ? '111111' : '000000';
      for (let i = 0; i < 5; i++) {
        const answer = await t.http().post('/api/v1/auth/sms/verify').send({ phone, code: wrong });
        expect(answer.status).toBe(400);
        expect(answer.body.code).toBe('SMS_CODE_INVALID');
      }
      const sixth = await t.http().post('/api/v1/auth/sms/verify').send({ phone, code: sent.body.devCode });
      expect(sixth.status).toBe(429);
      expect(sixth.body.code).toBe('SMS_TOO_MANY_ATTEMPTS');
    });

    it('refuses an expired code and a used code', async () => {
      const phone = aPhone();
      const sent = await sendSmsCode(t, phone).expect(202);
      await t.db.query(`UPDATE sms_codes SET expires_at = now() - interval '1 second' WHERE phone = $1`, [phone]);
      const expired = await t.http().post('/api/v1/auth/sms/verify').send({ phone, code: sent.body.devCode });
      expect(expired.body.code).toBe('SMS_CODE_EXPIRED');

      const other = aPhone();
      const code = (await sendSmsCode(t, other)).body.devCode;
      await t.http().post('/api/v1/auth/sms/verify').send({ phone: other, code }).expect(200);
      expect((await t.http().post('/api/v1/auth/sms/verify').send({ phone: other, code })).body.code).toBe('SMS_CODE_INVALID');
    });

    it('refuses a phone that is not a mainland mobile', async () => {
      for (const phone of ['12345', '0575-8888888', '+1 415 555 0100', '23800000000']) {
        const answer = await t.http().post('/api/v1/auth/sms/send').send({ phone });
        expect(answer.status).toBe(400);
        expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'phone', message: expect.any(String) }] });
      }
    });
  });

  describe('refresh tokens', () => {
    it('rotates: a refresh token works once, and reusing it revokes the new one too', async () => {
      const phone = aPhone();
      const code = (await sendSmsCode(t, phone)).body.devCode;
      const session = (await t.http().post('/api/v1/auth/sms/verify').send({ phone, code })).body;
      const rotated = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200);
      expect(rotated.body.refreshToken).not.toBe(session.refreshToken);
      await t.http().get('/api/v1/me').set('authorization', `Bearer ${rotated.body.accessToken}`).expect(200);

      const reuse = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken });
      expect(reuse.status).toBe(401);
      expect(reuse.body.code).toBe('TOKEN_INVALID');
      const afterTheft = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: rotated.body.refreshToken });
      expect(afterTheft.status).toBe(401);
    });

    it('signs out: that session’s refresh token, rotated or not, stops working; other sessions go on', async () => {
      const signIn = async (phone = aPhone()) =>
        (
          await t
            .http()
            .post('/api/v1/auth/sms/verify')
            .send({ phone, code: (await sendSmsCode(t, phone)).body.devCode })
        ).body;
      const session = await signIn();
      const elsewhere = await signIn();
      const rotated = (await t.http().post('/api/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200)).body;
      await t.http().post('/api/v1/auth/logout').send({ refreshToken: rotated.refreshToken }).expect(204);
      expect((await t.http().post('/api/v1/auth/refresh').send({ refreshToken: rotated.refreshToken })).status).toBe(401);
      await t.http().post('/api/v1/auth/refresh').send({ refreshToken: elsewhere.refreshToken }).expect(200);
      await t.http().post('/api/v1/auth/logout').send({ refreshToken: 'not-a-token' }).expect(204);
      expect((await t.http().post('/api/v1/auth/logout').send({})).body.code).toBe('VALIDATION_FAILED');
    });

    it('refuses an expired access token', async () => {
      const short = await startTestApp({ ACCESS_TOKEN_TTL_SECONDS: '30' });
      try {
        const { token } = await signInWorker(short);
        const realNow = Date.now;
        Date.now = () => realNow() + 31_000;
        try {
          const answer = await short.http().get('/api/v1/me').set('authorization', token);
          expect(answer.status).toBe(401);
          expect(answer.body.message).toContain('过期');
        } finally {
          Date.now = realNow;
        }
      } finally {
        await short.close();
      }
    });
  });

  describe('staff', () => {
    it('signs staff in with their organisation', async () => {
      const answer = await t.http().post('/api/v1/auth/staff/login').send({ username: 'keqiao-staff', password: 'demo12345' }).expect(200);
      expect(answer.body.user).toMatchObject({ roles: ['staff'], orgId: expect.any(String) });
    });

    it('throttles repeated wrong passwords, even before the right one, at that address only', async () => {
      const login = (password: string, address: string) =>
        t.http().post('/api/v1/auth/staff/login').set('x-forwarded-for', address).send({ username: 'provider-demo', password });
      const guesser = anAddress();
      for (let i = 0; i < 5; i++) expect((await login('wrong', guesser)).body.code).toBe('INVALID_CREDENTIALS');
      const locked = await login('demo12345', guesser);
      expect(locked.status).toBe(429);
      expect(locked.body).toMatchObject({ code: 'TOO_MANY_REQUESTS', details: [{ retryAfterSeconds: expect.any(Number) }] });
      // Five wrong guesses at one address do not lock the staff member out anywhere else.
      await login('demo12345', anAddress()).expect(200);
    });

    it('keeps workers out of staff routes', async () => {
      const { token } = await signInWorker(t);
      const answer = await t.http().get('/api/v1/admin/applications').set('authorization', token);
      expect(answer.status).toBe(403);
      expect(answer.body.code).toBe('FORBIDDEN');
      await t
        .http()
        .get('/api/v1/admin/applications')
        .set('authorization', await signInStaff(t, 'keqiao-staff'))
        .expect(200);
    });
  });

  describe('by WeChat', () => {
    it('exchanges the code at WeChat and never returns the session key', async () => {
      const answer = await t.http().post('/api/v1/auth/wechat').send({ code: 'good-code' }).expect(200);
      expect(answer.body.user.roles).toEqual(['worker']);
      expect(JSON.stringify(answer.body)).not.toContain('SECRET-SESSION-KEY');
      expect(wechatCalls.at(-1)?.get('appid')).toBe('wx-test');
      const again = await t.http().post('/api/v1/auth/wechat').send({ code: 'good-code' }).expect(200);
      expect(again.body.user.id).toBe(answer.body.user.id);
    });

    it('signs in through the dev provider when WeChat is not configured (the embedded demo)', async () => {
      const demo = await startTestApp();
      try {
        const first = await demo.http().post('/api/v1/auth/wechat').send({ code: 'code-1' }).expect(200);
        const again = await demo.http().post('/api/v1/auth/wechat').send({ code: 'code-1' }).expect(200);
        expect(again.body.user.id).toBe(first.body.user.id);
      } finally {
        await demo.close();
      }
    });

    it('answers a code WeChat refuses with 400 WECHAT_LOGIN_FAILED', async () => {
      const answer = await t.http().post('/api/v1/auth/wechat').send({ code: 'bad-code' });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('WECHAT_LOGIN_FAILED');
    });
  });
});
