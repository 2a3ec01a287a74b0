import { createHmac, randomBytes, randomInt } from 'node:crypto';
import { constantTimeEqual, hmac } from '../crypto/secrets';

const PREFIX = 'KGHR1';
/** A code lives two minutes; the app shows a fresh one before that. */
export const REDEMPTION_CODE_TTL_SECONDS = 120;

export interface RedemptionCodeClaims {
  /** claim id */
  c: string;
  /** unique code id, recorded on the claim that it redeemed */
  j: string;
  /** expiry, unix seconds */
  e: number;
}

/** The QR payload a provider scans: the claim id, a unique id and an expiry, HMAC-signed. */
export function signRedemptionCode(claimId: string, key: Buffer, now: Date): { code: string; codeId: string; expiresAt: Date } {
  const claims: RedemptionCodeClaims = {
    c: claimId,
    j: randomBytes(12).toString('base64url'),
    e: Math.floor(now.getTime() / 1000) + REDEMPTION_CODE_TTL_SECONDS,
  };
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return { code: `${PREFIX}.${body}.${signature(body, key)}`, codeId: claims.j, expiresAt: new Date(claims.e * 1000) };
}

/** The claims of a genuine, unexpired code; null for anything forged, malformed or expired. */
export function verifyRedemptionCode(code: string, key: Buffer, now: Date): RedemptionCodeClaims | null {
  const [prefix, body, sig, extra] = code.split('.');
  if (prefix !== PREFIX || !body || !sig || extra !== undefined || !constantTimeEqual(sig, signature(body, key))) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as RedemptionCodeClaims;
    if (typeof claims.c !== 'string' || typeof claims.j !== 'string' || typeof claims.e !== 'number') return null;
    return now.getTime() < claims.e * 1000 ? claims : null;
  } catch {
    return null;
  }
}

function signature(body: string, key: Buffer): string {
  return createHmac('sha256', key).update(`${PREFIX}.${body}`).digest('base64url');
}

/** The short code's shape: 8 digits, read aloud at the counter when the QR cannot be scanned. */
export const SHORT_CODE_PATTERN = /^\d{8}$/;

/** 8 uniformly random digits, leading zeros kept (one in 10^8 per guess against each live code). */
export function newShortCode(): string {
  return String(randomInt(0, 100_000_000)).padStart(8, '0');
}

/** Only this keyed hash is stored: a database read alone does not give the live codes away. */
export function shortCodeHash(shortCode: string, key: Buffer): string {
  return hmac(`short:${shortCode}`, key);
}
