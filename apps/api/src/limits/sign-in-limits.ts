import { ErrorCode } from '@kgh/shared';
import { isIPv4, isIPv6 } from 'node:net';
import { AppException } from '../common/app-exception';
import type { LimitRule } from './limits.service';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The operator's knobs (settings); everything else is fixed here. */
export interface SmsSendLimits {
  perAddressPerMinute: number;
  perAddressPerHour: number;
  globalPerMinute: number;
}

export const SMS_PER_PHONE_PER_HOUR = 5;
export const SMS_PER_PHONE_PER_DAY = 10;
export const SMS_WRONG_CODES_PER_PHONE_PER_DAY = 20;
export const STAFF_LOCK_SECONDS = 15 * MINUTE;
export const STAFF_FAILURES_PER_USERNAME_AND_ADDRESS = 5;
export const STAFF_FAILURES_PER_ADDRESS = 20;
export const STAFF_FAILURES_PER_USERNAME = 100;

export const SMS_GLOBAL_SCOPE = 'sms-send:global';

/**
 * What one code sent costs. The caller's own address is counted first and the global breaker last,
 * so a pumper refused at their address never uses up the budget everyone else signs in with. The
 * one-a-minute resend rule per phone lives beside the codes (SMS_RESEND_AFTER_SECONDS).
 */
export function smsSendRules(phone: string, address: string, limits: SmsSendLimits): LimitRule[] {
  const fromAddress = (wait: string) => `当前网络获取验证码过于频繁，请 ${wait}后再试`;
  return [
    {
      scope: 'sms-send:address:minute',
      key: address,
      limit: limits.perAddressPerMinute,
      windowSeconds: MINUTE,
      code: ErrorCode.TooManyRequests,
      message: fromAddress,
    },
    {
      scope: 'sms-send:address:hour',
      key: address,
      limit: limits.perAddressPerHour,
      windowSeconds: HOUR,
      code: ErrorCode.TooManyRequests,
      message: fromAddress,
    },
    {
      scope: 'sms-send:phone:hour',
      key: phone,
      limit: SMS_PER_PHONE_PER_HOUR,
      windowSeconds: HOUR,
      code: ErrorCode.TooManyRequests,
      field: 'phone',
      message: (wait) => `该手机号每小时最多获取 ${SMS_PER_PHONE_PER_HOUR} 次验证码，请 ${wait}后再试`,
    },
    {
      scope: 'sms-send:phone:day',
      key: phone,
      limit: SMS_PER_PHONE_PER_DAY,
      windowSeconds: DAY,
      code: ErrorCode.TooManyRequests,
      field: 'phone',
      message: () => `该手机号今天已获取 ${SMS_PER_PHONE_PER_DAY} 次验证码，请明天再试`,
    },
    {
      scope: SMS_GLOBAL_SCOPE,
      key: '*',
      limit: limits.globalPerMinute,
      windowSeconds: MINUTE,
      code: ErrorCode.TooManyRequests,
      message: (wait) => `短信服务繁忙，请 ${wait}后再试`,
    },
  ];
}

/** Wrong codes a phone may enter in a day, across all its codes: 20 guesses in a million. */
export function smsGuessRule(phone: string): LimitRule {
  return {
    scope: 'sms-verify:phone:day',
    key: phone,
    limit: SMS_WRONG_CODES_PER_PHONE_PER_DAY,
    windowSeconds: DAY,
    code: ErrorCode.SmsTooManyAttempts,
    field: 'phone',
    message: () => '今天验证码错误次数过多，请明天再试',
  };
}

/**
 * Wrong passwords, counted so that a stranger cannot lock a real user out:
 * - per username at one address (5): a guesser is slowed down without touching anyone elsewhere;
 * - per address across usernames (20): password spraying from one address;
 * - per username from anywhere (100): a guess spread over many addresses.
 * The last two are not applied at an address where the user signed in before (known-good), so a
 * stranger who trips them locks out only strangers; the user's own office or phone still gets in,
 * limited there by the first rule alone.
 */
export function staffLoginRules(username: string, address: string, knownGood: boolean): LimitRule[] {
  const message = (wait: string) => `登录失败次数过多，请 ${wait}后再试`;
  const atAddress: LimitRule = {
    scope: 'staff-login:username-address',
    key: `${username}|${address}`,
    limit: STAFF_FAILURES_PER_USERNAME_AND_ADDRESS,
    windowSeconds: STAFF_LOCK_SECONDS,
    code: ErrorCode.TooManyRequests,
    message,
  };
  if (knownGood) return [atAddress];
  return [
    atAddress,
    {
      scope: 'staff-login:address',
      key: address,
      limit: STAFF_FAILURES_PER_ADDRESS,
      windowSeconds: STAFF_LOCK_SECONDS,
      code: ErrorCode.TooManyRequests,
      message,
    },
    {
      scope: 'staff-login:username',
      key: username,
      limit: STAFF_FAILURES_PER_USERNAME,
      windowSeconds: STAFF_LOCK_SECONDS,
      code: ErrorCode.TooManyRequests,
      message,
    },
  ];
}

/** The refusal a client sees: the rule's code and text, and when to try again. */
export function limitRefusal(rule: LimitRule, retryAfterSeconds: number): AppException {
  const message = rule.message(waitText(retryAfterSeconds));
  return new AppException(rule.code, message, [{ ...(rule.field && { field: rule.field }), message, retryAfterSeconds }], retryAfterSeconds);
}

export function waitText(seconds: number): string {
  if (seconds < MINUTE) return `${seconds} 秒`;
  if (seconds < HOUR) return `${Math.ceil(seconds / MINUTE)} 分钟`;
  return `${Math.ceil(seconds / HOUR)} 小时`;
}

/**
 * The address a limit counts: an IPv4 address as it is (carrier NAT already puts many people behind
 * one), an IPv4-mapped IPv6 address as its IPv4 address, and an IPv6 address by its /64 prefix,
 * because one subscriber is handed a whole /64 and could otherwise take a fresh address per request.
 */
export function addressKey(ip: string): string {
  const address = ip.split('%')[0].toLowerCase();
  if (isIPv4(address) || !isIPv6(address)) return address;
  const groups = ipv6Groups(address);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

// The eight 16-bit groups of a valid IPv6 address, "::" expanded and a dotted IPv4 tail split in two.
function ipv6Groups(address: string): number[] {
  let text = address;
  const tail: number[] = [];
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    tail.push((a << 8) | b, (c << 8) | d);
    text = text.slice(0, dotted.index);
    if (!text.endsWith('::')) text = text.slice(0, -1);
  }
  const parse = (part: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const [head, rest] = text.includes('::') ? text.split('::').map(parse) : [parse(text), []];
  const zeros = new Array<number>(8 - tail.length - head.length - rest.length).fill(0);
  return [...head, ...zeros, ...rest, ...tail];
}
