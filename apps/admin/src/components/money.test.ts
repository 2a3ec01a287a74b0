import { describe, expect, it } from 'vitest';
import { toFen, yuan, yuanValue } from './money';

describe('toFen', () => {
  it('turns yuan typed or picked into whole fen without float drift', () => {
    expect(toFen(19.99)).toBe(1999); // 19.99 * 100 is 1998.9999999999998 in floating point
    expect(toFen(0.07)).toBe(7);
    expect(toFen(3000.1)).toBe(300010);
    expect(toFen(3000)).toBe(300000);
    expect(toFen(0)).toBe(0);
    expect(toFen(' 1234.5 ')).toBe(123450);
    expect(toFen(9_999_999.99)).toBe(999_999_999);
  });

  it('answers undefined for what is not an amount in yuan', () => {
    expect(toFen(undefined)).toBeUndefined();
    expect(toFen(null)).toBeUndefined();
    expect(toFen('')).toBeUndefined();
    expect(toFen(-1)).toBeUndefined();
    expect(toFen('1.234')).toBeUndefined();
    expect(toFen('十元')).toBeUndefined();
  });
});

describe('yuanValue and yuan', () => {
  it('shows fen as yuan', () => {
    expect(yuanValue(300010)).toBe(3000.1);
    expect(yuanValue(null)).toBeUndefined();
    expect(toFen(yuanValue(1999))).toBe(1999);
    expect(yuan(173340000)).toBe('¥1,733,400.00');
  });
});
