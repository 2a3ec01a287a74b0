import { idNumberCheckCharacter, idNumberProblem, maskIdNumber, maskName, parseIdNumber } from './id-number';

// Builds a valid number from its first 17 digits, so tests do not depend on real people's numbers.
const withCheck = (first17: string) => first17 + idNumberCheckCharacter(first17);

describe('idNumberProblem', () => {
  it('accepts a number with the right check character', () => {
    expect(idNumberProblem(withCheck('33062119900307123'))).toBeNull();
  });

  it('accepts the published GB 11643 example 11010519491231002X', () => {
    expect(idNumberProblem('11010519491231002X')).toBeNull();
  });

  it('accepts a lowercase x as the check character', () => {
    expect(idNumberProblem('11010519491231002x')).toBeNull();
  });

  it('flags a wrong check character', () => {
    const valid = withCheck('33062119900307123');
    const wrong = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
    expect(idNumberProblem(wrong)).toBe('check_character');
  });

  it('flags an impossible date', () => {
    expect(idNumberProblem(withCheck('33062119901307123'))).toBe('birth_date');
    expect(idNumberProblem(withCheck('33062119900431123'))).toBe('birth_date');
  });

  it('flags 29 February of a non-leap year and accepts it in a leap year', () => {
    expect(idNumberProblem(withCheck('33062120230229123'))).toBe('birth_date');
    expect(idNumberProblem(withCheck('33062119000229123'))).toBe('birth_date');
    expect(idNumberProblem(withCheck('33062120000229123'))).toBeNull();
  });

  it('flags a birth date in the future', () => {
    expect(idNumberProblem(withCheck('33062120300101123'), new Date('2026-11-29'))).toBe('birth_date');
  });

  it('flags wrong lengths and characters', () => {
    expect(idNumberProblem('3306211990030712')).toBe('format');
    expect(idNumberProblem('33062119900307123A')).toBe('format');
    expect(idNumberProblem('')).toBe('format');
  });
});

describe('parseIdNumber', () => {
  it('reads gender from the 17th digit and the birth date', () => {
    expect(parseIdNumber(withCheck('33062119900307123'))).toMatchObject({ gender: 'male', birthDate: '1990-03-07' });
    expect(parseIdNumber(withCheck('33062119900307124'))).toMatchObject({ gender: 'female' });
  });

  it('canonicalises a lowercase x', () => {
    expect(parseIdNumber('11010519491231002x')?.idNumber).toBe('11010519491231002X');
  });

  it('returns null for an invalid number', () => {
    expect(parseIdNumber('110105194912310021')).toBeNull();
  });
});

describe('masking', () => {
  it('keeps the area code and the last four of an ID number', () => {
    expect(maskIdNumber('330621199003071234')).toBe('**************1234');
  });

  it('keeps the first character of a name', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
  });
});
