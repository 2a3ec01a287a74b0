import { constantTimeEqual } from '../crypto/secrets';
import { createHmac } from 'node:crypto';

const PREFIX = 'KGH1';
/** A shown card is re-signed when the page loads and every few minutes; a screenshot soon stops working. */
export const CARD_QR_TTL_SECONDS = 300;

export interface CardClaims {
  /** member number */
  m: string;
  /** member id */
  i: string;
  /** issued at, unix seconds */
  t: number;
}

/** The e-card's QR payload: member number and id, signed; no ID number and no name inside. */
export function signCardPayload(claims: CardClaims, key: Buffer): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${PREFIX}.${body}.${signature(body, key)}`;
}

export function verifyCardPayload(payload: string, key: Buffer, nowSeconds = Math.floor(Date.now() / 1000)): CardClaims | null {
  const [prefix, body, sig] = payload.split('.');
  if (prefix !== PREFIX || !body || !sig || !constantTimeEqual(sig, signature(body, key))) return null;
  try {
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as CardClaims;
    if (typeof claims.m !== 'string' || typeof claims.i !== 'string' || typeof claims.t !== 'number') return null;
    const age = nowSeconds - claims.t;
    return age >= -60 && age <= CARD_QR_TTL_SECONDS ? claims : null;
  } catch {
    return null;
  }
}

function signature(body: string, key: Buffer): string {
  return createHmac('sha256', key).update(`${PREFIX}.${body}`).digest('base64url');
}
