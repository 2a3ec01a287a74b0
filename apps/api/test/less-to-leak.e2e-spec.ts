import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LessToLeak1796100000001 } from '../src/database/migrations/1796100000001-LessToLeak';
import { anApplication, anIdNumber } from './support/factories';
import { aPhone, sendSmsCode, signInStaff, signInWorker } from './support/sessions';
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
        await t.http().get('/api/v1/orgs/towns?page=1').expect(200),
        await t.http().get('/health').expect(200),
      ];
      for (const answer of answers)
        expect({ path: answer.request.url, cacheControl: answer.headers['cache-control'] }).toEqual({ path: answer.request.url, cacheControl: 'no-store' });
    });

    it('leaves the H5 app’s static files to their own caching', async () => {
      const page = await t.http().get('/index.html').expect(200);
      expect(page.headers['cache-control']).not.toContain('no-store');
    });
  });

  describe('the stored ID number', () => {
    it('is masked to its last four digits, with no birth year beside it', async () => {
      const worker = await signInWorker(t);
      const idNumber = anIdNumber('female', '19851224');
      const applied = await t
        .http()
        .post('/api/v1/membership/applications')
        .set('authorization', worker.token)
        .send(anApplication({ phone: worker.phone, idNumber }))
        .expect(201);
      const [row] = await t.db.query(`SELECT to_jsonb(a) AS row FROM membership_applications a WHERE id = $1`, [applied.body.id]);
      expect(row.row.id_number_masked).toBe(`**************${idNumber.slice(-4)}`);
      expect(row.row).not.toHaveProperty('birth_year');
      // Nothing else in the row spells the birth date or the area out in the clear.
      expect(JSON.stringify(row.row)).not.toMatch(/19851224|330621/);
      const admin = await signInStaff(t, 'district-admin');
      const listed = await t.http().get('/api/v1/admin/applications?status=pending&pageSize=100').set('authorization', admin).expect(200);
      expect(listed.body.items.find((item: { id: string }) => item.id === applied.body.id).idNumberMasked).toBe(`**************${idNumber.slice(-4)}`);
    });

    it('is re-masked by the migration, which drops birth_year (and brings an empty one back on revert)', async () => {
      const worker = await signInWorker(t);
      const idNumber = anIdNumber('male', '19700101');
      const applied = await t
        .http()
        .post('/api/v1/membership/applications')
        .set('authorization', worker.token)
        .send(anApplication({ phone: worker.phone, idNumber }))
        .expect(201);
      const migration = new LessToLeak1796100000001();
      const runner = t.db.createQueryRunner();
      try {
        await migration.down(runner);
        const oldMask = `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`;
        await runner.query(`UPDATE membership_applications SET id_number_masked = $2, birth_year = 1970 WHERE id = $1`, [applied.body.id, oldMask]);
        await migration.up(runner);
      } finally {
        await runner.release();
      }
      const [row] = await t.db.query(`SELECT to_jsonb(a) AS row FROM membership_applications a WHERE id = $1`, [applied.body.id]);
      expect(row.row.id_number_masked).toBe(`**************${idNumber.slice(-4)}`);
      expect(row.row).not.toHaveProperty('birth_year');
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
