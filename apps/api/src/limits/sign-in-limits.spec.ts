import { ErrorCode } from '@kgh/shared';
import { addressKey, limitRefusal, smsSendRules, staffLoginRules, waitText } from './sign-in-limits';

describe('addressKey', () => {
  it('keeps an IPv4 address as it is', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv4-mapped IPv6 address as its IPv4 address', () => {
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::FFFF:cb00:7107')).toBe('203.0.113.7');
  });

  it('counts every address of one IPv6 /64 as one caller', () => {
    const key = addressKey('2001:db8:aa:bb:1:2:3:4');
    expect(key).toBe('2001:db8:aa:bb::/64');
    expect(addressKey('2001:db8:aa:bb::9')).toBe(key);
    expect(addressKey('2001:0db8:00aa:00bb:ffff:ffff:ffff:ffff')).toBe(key);
    expect(addressKey('2001:db8:aa:bc::1')).not.toBe(key);
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});

describe('smsSendRules', () => {
  const limits = { perAddressPerMinute: 5, perAddressPerHour: 30, globalPerMinute: 100 };

  it('counts the caller’s address first and the global breaker last', () => {
    const rules = smsSendRules('13800000000', '203.0.113.7', limits);
    expect(rules.map((r) => [r.key, r.limit, r.windowSeconds])).toEqual([
      ['203.0.113.7', 5, 60],
      ['203.0.113.7', 30, 3600],
      ['13800000000', 5, 3600],
      ['13800000000', 10, 86400],
      ['*', 100, 60],
    ]);
  });
});

describe('staffLoginRules', () => {
  it('limits a username at an address, an address across usernames and a username everywhere', () => {
    expect(staffLoginRules('keqiao-staff', '203.0.113.7', false).map((r) => [r.key, r.limit])).toEqual([
      ['keqiao-staff|203.0.113.7', 5],
      ['203.0.113.7', 20],
      ['keqiao-staff', 100],
    ]);
  });

  it('applies only the username-at-address limit where the user signed in before', () => {
    expect(staffLoginRules('keqiao-staff', '203.0.113.7', true).map((r) => r.key)).toEqual(['keqiao-staff|203.0.113.7']);
  });
});

describe('limitRefusal', () => {
  it('says when to try again, in the text, the details and for Retry-After', () => {
    const [, , perPhone] = smsSendRules('13800000000', '203.0.113.7', { perAddressPerMinute: 5, perAddressPerHour: 30, globalPerMinute: 100 });
    const refusal = limitRefusal(perPhone, 1500);
    expect(refusal).toMatchObject({ code: ErrorCode.TooManyRequests, retryAfterSeconds: 1500 });
    expect(refusal.message).toContain('25 分钟');
    expect(refusal.details).toEqual([{ field: 'phone', message: refusal.message, retryAfterSeconds: 1500 }]);
  });
});

describe('waitText', () => {
  it('rounds up to seconds, minutes or hours', () => {
    expect([waitText(45), waitText(61), waitText(3600), waitText(3601)]).toEqual(['45 秒', '2 分钟', '1 小时', '2 小时']);
  });
});
