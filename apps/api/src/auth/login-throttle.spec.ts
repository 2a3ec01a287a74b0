import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  it('locks after the limit of failures and unlocks when the window passes', () => {
    let now = 0;
    const throttle = new LoginThrottle(3, 1000, () => now);
    for (let i = 0; i < 3; i++) throttle.fail('a');
    expect(throttle.isLocked('a')).toBe(true);
    expect(throttle.isLocked('b')).toBe(false);
    now = 1001;
    expect(throttle.isLocked('a')).toBe(false);
  });

  it('forgets failures after a success', () => {
    const throttle = new LoginThrottle(2, 1000);
    throttle.fail('a');
    throttle.succeed('a');
    throttle.fail('a');
    expect(throttle.isLocked('a')).toBe(false);
  });

  it('forgets keys whose failures have aged out', () => {
    let now = 0;
    const throttle = new LoginThrottle(3, 1000, () => now);
    throttle.fail('random-name');
    now = 2000;
    expect(throttle.isLocked('random-name')).toBe(false);
    expect((throttle as unknown as { failures: Map<string, number[]> }).failures.size).toBe(0);
  });
});
