import { randomBytes } from 'node:crypto';
import { signCardPayload, verifyCardPayload } from './member-card';

describe('member card payload', () => {
  const key = randomBytes(32);
  const claims = { m: 'KQ2026000001', i: '2b0a0c7e-0000-4000-8000-000000000001', t: 1_790_000_000 };

  it('verifies what it signed while it is fresh', () => {
    expect(verifyCardPayload(signCardPayload(claims, key), key, claims.t + 60)).toEqual(claims);
  });

  it('refuses a card shown more than five minutes after it was signed (a screenshot)', () => {
    expect(verifyCardPayload(signCardPayload(claims, key), key, claims.t + 301)).toBeNull();
    expect(verifyCardPayload(signCardPayload(claims, key), key, claims.t - 120)).toBeNull();
  });

  it('refuses a changed member number', () => {
    const [prefix, , sig] = signCardPayload(claims, key).split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, m: 'KQ2026000002' })).toString('base64url');
    expect(verifyCardPayload(`${prefix}.${forged}.${sig}`, key, claims.t)).toBeNull();
  });

  it('refuses another key and garbage', () => {
    expect(verifyCardPayload(signCardPayload(claims, key), randomBytes(32), claims.t)).toBeNull();
    expect(verifyCardPayload('not-a-card', key)).toBeNull();
    expect(verifyCardPayload('KGH1.!!!.x', key)).toBeNull();
  });
});
