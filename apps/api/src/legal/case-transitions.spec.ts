import { ErrorCode, LEGAL_STATUS_CODES, LegalStatus } from '@kgh/shared';
import { AppException } from '../common/app-exception';
import { CASE_TRANSITIONS, isClosed, kindAfter, mayMove, requireMove } from './case-transitions';

const ALLOWED: [LegalStatus, LegalStatus][] = [
  ['submitted', 'answered'],
  ['submitted', 'registered'],
  ['submitted', 'declined'],
  ['submitted', 'withdrawn'],
  ['registered', 'mediating'],
  ['registered', 'declined'],
  ['registered', 'withdrawn'],
  ['mediating', 'agreed'],
  ['mediating', 'failed'],
  ['mediating', 'withdrawn'],
  ['agreed', 'fulfilled'],
  ['agreed', 'failed'],
  ['failed', 'referred'],
];
const allowed = new Set(ALLOWED.map(([from, to]) => `${from}→${to}`));
const DISALLOWED = LEGAL_STATUS_CODES.flatMap((from) => LEGAL_STATUS_CODES.map((to) => [from, to] as [LegalStatus, LegalStatus])).filter(
  ([from, to]) => !allowed.has(`${from}→${to}`),
);

const refusal = (from: LegalStatus, to: LegalStatus): AppException => {
  try {
    requireMove(from, to);
  } catch (error) {
    return error as AppException;
  }
  throw new Error(`${from} → ${to} was allowed`);
};

describe('requireMove', () => {
  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(mayMove(from, to)).toBe(true);
    expect(() => requireMove(from, to)).not.toThrow();
  });

  it.each(DISALLOWED)('refuses %s → %s with 409 ILLEGAL_TRANSITION naming both states', (from, to) => {
    expect(mayMove(from, to)).toBe(false);
    const error = refusal(from, to);
    expect(error).toBeInstanceOf(AppException);
    expect(error.code).toBe(ErrorCode.IllegalTransition);
    expect(error.status).toBe(409);
    expect(error.details).toEqual([expect.objectContaining({ field: 'to', from, to })]);
  });

  it('names the two states in Chinese', () => {
    expect(refusal('fulfilled', 'mediating').message).toBe('不能从“已履行”变为“调解中”');
  });

  it('covers every pair of statuses exactly once', () => {
    expect(ALLOWED.length + DISALLOWED.length).toBe(LEGAL_STATUS_CODES.length ** 2);
    expect(Object.values(CASE_TRANSITIONS).flat()).toHaveLength(ALLOWED.length);
  });
});

describe('isClosed', () => {
  it('is true exactly for the statuses without a way out', () => {
    for (const status of LEGAL_STATUS_CODES) expect({ status, closed: isClosed(status) }).toEqual({ status, closed: CASE_TRANSITIONS[status].length === 0 });
  });
});

describe('kindAfter', () => {
  it('makes an answered request a consultation and a registered one a case, and keeps the kind otherwise', () => {
    expect(kindAfter('request', 'answered')).toBe('consultation');
    expect(kindAfter('request', 'registered')).toBe('case');
    expect(kindAfter('request', 'declined')).toBe('request');
    expect(kindAfter('case', 'fulfilled')).toBe('case');
  });
});
