// Resident ID numbers per GB 11643-1999: 6-digit area, 8-digit birth date, 3-digit sequence
// (odd = male), and a check character over the first 17 digits (ISO 7064 MOD 11-2).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

export type Gender = 'male' | 'female';

export type IdNumberProblem = 'format' | 'birth_date' | 'check_character';

export interface ParsedIdNumber {
  /** Canonical form: upper-case X. */
  idNumber: string;
  gender: Gender;
  /** YYYY-MM-DD */
  birthDate: string;
}

export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARACTERS[sum % 11];
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Returns what is wrong with the number, or null when it is a valid resident ID number. */
export function idNumberProblem(input: string, today: Date = new Date()): IdNumberProblem | null {
  const value = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value)) return 'format';
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < 1900 || !isRealDate(year, month, day)) return 'birth_date';
  if (Date.UTC(year, month - 1, day) > today.getTime()) return 'birth_date';
  if (idNumberCheckCharacter(value) !== value[17]) return 'check_character';
  return null;
}

export const ID_NUMBER_PROBLEM_MESSAGES: Record<IdNumberProblem, string> = {
  format: '身份证号应为18位，前17位为数字，最后一位为数字或X',
  birth_date: '身份证号中的出生日期不是真实日期',
  check_character: '身份证号校验位不正确，请核对',
};

export function parseIdNumber(input: string): ParsedIdNumber | null {
  if (idNumberProblem(input) !== null) return null;
  const idNumber = input.trim().toUpperCase();
  return {
    idNumber,
    gender: Number(idNumber[16]) % 2 === 1 ? 'male' : 'female',
    birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
  };
}

/**
 * **************1234: the last four only, enough for a person to recognise their own card. The
 * area code and birth date would narrow the number down to a few dozen candidates.
 */
export function maskIdNumber(idNumber: string): string {
  return '*'.repeat(idNumber.length - 4) + idNumber.slice(-4);
}

/** 张* / 欧阳** : keeps the family name's first character. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return chars.join('');
  return chars[0] + '*'.repeat(chars.length - 1);
}
