import { maskPhone, normalizeMobilePhone } from './phone';

describe('normalizeMobilePhone', () => {
  it('accepts an 11-digit mainland mobile number', () => {
    expect(normalizeMobilePhone('13812345678')).toBe('13812345678');
  });

  it('strips +86, 0086 and 86 prefixes, spaces and dashes', () => {
    expect(normalizeMobilePhone('+86 138 1234 5678')).toBe('13812345678');
    expect(normalizeMobilePhone('0086-13812345678')).toBe('13812345678');
    expect(normalizeMobilePhone('8613812345678')).toBe('13812345678');
  });

  it('refuses landlines, short numbers, foreign and non-mobile prefixes', () => {
    expect(normalizeMobilePhone('057185551234')).toBeNull();
    expect(normalizeMobilePhone('1381234567')).toBeNull();
    expect(normalizeMobilePhone('12812345678')).toBeNull();
    expect(normalizeMobilePhone('+1 4155550100')).toBeNull();
    expect(normalizeMobilePhone('abc')).toBeNull();
  });
});

describe('maskPhone', () => {
  it('hides the middle four digits', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});
