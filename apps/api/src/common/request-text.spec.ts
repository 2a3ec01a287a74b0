import { AppException } from './app-exception';
import { checkRequestText } from './request-text';

const refusal = (value: unknown) => {
  try {
    checkRequestText(value);
  } catch (error) {
    return (error as AppException).details?.[0];
  }
  return undefined;
};

describe('checkRequestText', () => {
  it('accepts ordinary Chinese text, emoji, tabs and newlines', () => {
    expect(refusal({ note: '门锁着\n下午再来\t🙂', items: ['柯桥', { a: 1 }] })).toBeUndefined();
  });

  it('refuses NUL and other control characters, naming the field', () => {
    expect(refusal({ username: 'a\u0000b' })).toMatchObject({ field: 'username' });
    expect(refusal({ closures: [{ reason: 'x\u0007' }] })).toMatchObject({ field: 'closures.0.reason' });
  });

  it('refuses lone UTF-16 surrogates but not proper pairs', () => {
    expect(refusal({ name: 'a\ud800b' })).toMatchObject({ field: 'name' });
    expect(refusal({ name: 'a\udc00' })).toMatchObject({ field: 'name' });
    expect(refusal({ name: '\ud83d\ude00' })).toBeUndefined();
  });

  it('refuses nesting deeper than 16 levels', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 2000; i++) deep = [deep];
    expect(refusal({ phone: deep })?.message).toContain('嵌套');
  });

  it('refuses prototype keys', () => {
    expect(refusal(JSON.parse('{"__proto__": {"admin": true}}'))).toMatchObject({ field: '__proto__' });
    expect(refusal({ constructor: 1 })).toMatchObject({ field: 'constructor' });
  });
});
