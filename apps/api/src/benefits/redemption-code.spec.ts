import { randomBytes } from 'node:crypto';
import { REDEMPTION_CODE_TTL_SECONDS, signRedemptionCode, verifyRedemptionCode } from './redemption-code';

const key = randomBytes(32);
const now = new Date('2026-11-29T10:00:00Z');

describe('redemption codes', () => {
  it('verifies a fresh code and gives a unique id to each', () => {
    const first = signRedemptionCode('claim-1', key, now);
    const second = signRedemptionCode('claim-1', key, now);
    const firstClaims = verifyRedemptionCode(first.code, key, now);
    expect(firstClaims).toMatchObject({ c: 'claim-1', j: expect.any(String) });
    expect(firstClaims!.j).not.toBe(verifyRedemptionCode(second.code, key, now)!.j);
    expect(first.expiresAt.getTime() - now.getTime()).toBe(REDEMPTION_CODE_TTL_SECONDS * 1000);
  });

  it('refuses an expired code', () => {
    const { code } = signRedemptionCode('claim-1', key, now);
    expect(verifyRedemptionCode(code, key, new Date(now.getTime() + 119_000))).not.toBeNull();
    expect(verifyRedemptionCode(code, key, new Date(now.getTime() + 120_000))).toBeNull();
  });

  it('refuses forged, re-signed and garbage codes', () => {
    const { code } = signRedemptionCode('claim-1', key, now);
    const [prefix, , sig] = code.split('.');
    const forgedBody = Buffer.from(JSON.stringify({ c: 'claim-2', j: 'x', e: 9e9 })).toString('base64url');
    expect(verifyRedemptionCode(`${prefix}.${forgedBody}.${sig}`, key, now)).toBeNull();
    expect(verifyRedemptionCode(signRedemptionCode('claim-1', randomBytes(32), now).code, key, now)).toBeNull();
    for (const garbage of ['', 'abc', 'KGHR1..', `${code}.extra`, 'KGHR1.!!!.???']) expect(verifyRedemptionCode(garbage, key, now)).toBeNull();
  });
});
