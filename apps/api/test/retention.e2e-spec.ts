import { RetentionService } from '../src/retention/retention.service';
import { aPhone, sendSmsCode, signInWorker } from './support/sessions';
import { startTestApp, TestApp } from './support/test-app';

describe('retention', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const count = async (table: string) => (await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  it('forgets old sign-in codes, spent tokens and idempotency keys, and keeps what may still be used', async () => {
    const old = aPhone();
    await sendSmsCode(t, old).expect(202);
    await t.db.query(`UPDATE sms_codes SET created_at = now() - interval '2 days' WHERE phone = $1`, [old]);
    const worker = await signInWorker(t);
    const session = await t.db.query<{ id: string }[]>(`SELECT id FROM refresh_tokens`);
    await t.db.query(`UPDATE refresh_tokens SET expires_at = now() - interval '1 minute' WHERE id = $1`, [session[0].id]);
    // A key answered two days ago (its retries are long over) and one answered just now.
    await t.db.query(
      `INSERT INTO idempotency_keys (user_id, key, request_hash, response_status, response_body, created_at)
       VALUES ($1, 'old', 'h', 201, '{}', now() - interval '2 days'), ($1, 'fresh', 'h', 201, '{}', now())`,
      [worker.userId],
    );

    const deleted = await t.app.get(RetentionService).purge();
    expect(deleted).toMatchObject({ sms_codes: 1, refresh_tokens: 1, idempotency_keys: 1 });
    expect(await t.db.query(`SELECT key FROM idempotency_keys`)).toEqual([{ key: 'fresh' }]);
    expect(await t.db.query(`SELECT phone FROM sms_codes`)).toEqual([{ phone: worker.phone }]);
    expect(await count('refresh_tokens')).toBe(session.length - 1);
    expect(await t.app.get(RetentionService).purge()).toMatchObject({ sms_codes: 0, refresh_tokens: 0, idempotency_keys: 0 });
  });
});
