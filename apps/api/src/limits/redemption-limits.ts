import { ErrorCode } from '@kgh/shared';
import type { LimitRule } from './limits.service';

export const SHORT_CODE_GUESS_WINDOW_SECONDS = 10 * 60;
/** Wrong short codes one account may enter in 10 minutes: a slip or two at the counter, never a search. */
export const SHORT_CODE_FAILURES_PER_ACCOUNT = 10;
/** From one address across accounts: a hospital's desks share one, so looser. */
export const SHORT_CODE_FAILURES_PER_ADDRESS = 30;

/**
 * Guessing 8-digit short codes: only wrong codes count (a right one gives its hit back). With n live
 * codes, an account's 10 guesses per 10 minutes find one with a chance of 10·n in 10^8.
 */
export function shortCodeGuessRules(userId: string, address: string): LimitRule[] {
  const message = (wait: string) => `核销码输错次数过多，请 ${wait}后再试`;
  return [
    {
      scope: 'redemption-short-code:account',
      key: userId,
      limit: SHORT_CODE_FAILURES_PER_ACCOUNT,
      windowSeconds: SHORT_CODE_GUESS_WINDOW_SECONDS,
      code: ErrorCode.TooManyRequests,
      field: 'shortCode',
      message,
    },
    {
      scope: 'redemption-short-code:address',
      key: address,
      limit: SHORT_CODE_FAILURES_PER_ADDRESS,
      windowSeconds: SHORT_CODE_GUESS_WINDOW_SECONDS,
      code: ErrorCode.TooManyRequests,
      field: 'shortCode',
      message,
    },
  ];
}
