import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aPhone, sendSmsCode } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

const productionSettings = {
  NODE_ENV: 'production',
  SMS_PROVIDER: 'http',
  SMS_HTTP_URL: 'http://127.0.0.1:9/send',
  WECHAT_APP_ID: 'wx-test',
  WECHAT_APP_SECRET: 'secret',
};

describe('Less to leak', () => {
  let t: TestApp;
  beforeAll(async () => {
    const h5Dir = mkdtempSync(join(tmpdir(), 'kgh-h5-'));
    writeFileSync(join(h5Dir, 'index.html'), '<!doctype html><title>柯工惠</title>');
    t = await startTestApp({ H5_DIR: h5Dir });
  });
  afterAll(() => t.close());

  describe('Cache-Control', () => {
    it('is no-store on every API answer: tokens, personal data, errors, health', async () => {
      const phone = aPhone();
      const sent = await sendSmsCode(t, phone).expect(202);
      const session = await t.http().post('/api/v1/auth/sms/verify').send({ phone, code: sent.body.devCode }).expect(200);
      const token = `Bearer ${session.body.accessToken}`;
      const answers = [
        sent,
        session,
        await t.http().get('/api/v1/me').set('authorization', token).expect(200),
        await t.http().get('/api/v1/membership/me').set('authorization', token),
        await t.http().get('/api/v1/me').expect(401),
        await t.http().get('/api/v1/no-such-route').expect(404),
        await t.http().get('/api/v1/orgs/towns?x=1').expect(200),
        await t.http().get('/health').expect(200),
      ];
      for (const answer of answers) expect({ path: answer.request.url, cacheControl: answer.headers['cache-control'] }).toEqual({ path: answer.request.url, cacheControl: 'no-store' });
    });

    it('leaves the H5 app’s static files to their own caching', async () => {
      const page = await t.http().get('/index.html').expect(200);
      expect(page.headers['cache-control']).not.toContain('no-store');
    });
  });
});

describe('The API documents in production', () => {
  it('are not served unless API_DOCS=true', async () => {
    const off = await startTestApp(productionSettings);
    try {
      expect(off.config.apiDocs).toBe(false);
      await off.http().get('/docs').expect(404);
      await off.http().get('/api/v1/openapi.json').expect(404);
    } finally {
      await off.close();
    }
    const on = await startTestApp({ ...productionSettings, API_DOCS: 'true' });
    try {
      await on.http().get('/api/v1/openapi.json').expect(200);
      expect((await on.http().get('/docs').redirects(1)).status).toBe(200);
    } finally {
      await on.close();
    }
  });
});
