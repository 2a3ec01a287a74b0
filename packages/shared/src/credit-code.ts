// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters — registration
// authority (1), kind (1), administrative area (6 digits), the organisation code (GB 11714: 8
// characters and its own check character), and a final check character over the first 17.

/** The 31 characters a credit code may use (no I, O, Z, S, V), in the order of their values 0–30. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const FORBIDDEN_LETTERS = /[IOZSV]/;
/** Weights 3^i mod 31 for positions 1–17. */
const WEIGHTS = Array.from({ length: 17 }, (_, i) => Array.from({ length: i }).reduce<number>((weight) => (weight * 3) % 31, 1));
/** GB 11714: the weights of the organisation code's 8 body characters. */
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The final (18th) character for the first 17; null when they are not 17 characters of the alphabet. */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CREDIT_CODE_ALPHABET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * WEIGHTS[i];
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

/** GB 11714: the check character of an organisation code's 8 body characters (digits, A=10 … Z=35). */
export function organisationCodeCheckCharacter(body: string): string | null {
  if (!/^[0-9A-Z]{8}$/.test(body)) return null;
  const sum = [...body].reduce((total, char, i) => total + parseInt(char, 36) * ORG_CODE_WEIGHTS[i], 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** What is wrong with a credit code, in words for staff; null when it is valid. Expects it trimmed and upper-cased. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) return `统一社会信用代码应为18位，当前为${code.length}位`;
  if (FORBIDDEN_LETTERS.test(code)) return '统一社会信用代码不使用字母 I、O、Z、S、V';
  if (!/^[0-9A-Z]+$/.test(code)) return '统一社会信用代码只能由数字和大写字母组成';
  if (!/^[0-9]{6}$/.test(code.slice(2, 8))) return '统一社会信用代码第3至8位应为行政区划码（数字）';
  const orgCheck = organisationCodeCheckCharacter(code.slice(8, 16));
  if (orgCheck !== code[16]) return `统一社会信用代码中的组织机构代码（第9至17位）校验位不正确，第17位应为 ${orgCheck}`;
  const check = creditCodeCheckCharacter(code.slice(0, 17));
  if (check !== code[17]) return `统一社会信用代码校验位（第18位）不正确，应为 ${check}`;
  return null;
}
