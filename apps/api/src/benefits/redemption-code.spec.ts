import { randomBytes } from 'node:crypto';
import { newShortCode, REDEMPTION_CODE_TTL_SECONDS, SHORT_CODE_PATTERN, shortCodeHash, signRedemptionCode, verifyRedemptionCode } from './redemption-code';

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

describe('short codes', () => {
  it('are 8 digits, leading zeros kept, and vary', () => {
    const codes = Array.from({ length: 200 }, newShortCode);
    for (const code of codes) expect(code).toMatch(SHORT_CODE_PATTERN);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });

  it('are stored as a keyed hash that differs by key', () => {
    expect(shortCodeHash('00012345', key)).toBe(shortCodeHash('00012345', key));
    expect(shortCodeHash('00012345', key)).not.toBe(shortCodeHash('00012346', key));
    expect(shortCodeHash('00012345', key)).not.toBe(shortCodeHash('00012345', randomBytes(32)));
    expect(shortCodeHash('00012345', key)).not.toContain('00012345');
  });
});
