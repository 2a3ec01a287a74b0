import { RetentionService } from '../src/retention/retention.service';
import { aPhone, signInWorker } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

describe('retention', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const count = async (table: string) => (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  it('forgets old sign-in codes and spent tokens, and keeps what may still be used', async () => {
    const old = aPhone();
    await t.http().post('/api/v1/auth/sms/send').send({ phone: old }).expect(202);
    await t.db.query(`UPDATE sms_codes SET created_at = now() - interval '2 days' WHERE phone = $1`, [old]);
    const worker = await signInWorker(t);
    const session = (await t.db.query(`SELECT id FROM refresh_tokens`)) as { id: string }[];
    await t.db.query(`UPDATE refresh_tokens SET expires_at = now() - interval '1 minute' WHERE id = $1`, [session[0].id]);

    const deleted = await t.app.get(RetentionService).purge();
    expect(deleted).toMatchObject({ sms_codes: 1, refresh_tokens: 1 });
    expect(await t.db.query(`SELECT phone FROM sms_codes`)).toEqual([{ phone: worker.phone }]);
    expect(await count('refresh_tokens')).toBe(session.length - 1);
    expect(await t.app.get(RetentionService).purge()).toMatchObject({ sms_codes: 0, refresh_tokens: 0, idempotency_keys: 0 });
  });
});
