import { INITIAL_PASSWORD_LENGTH, initialPassword, passwordProblem } from './password-policy';

describe('password policy', () => {
  it('takes ten or more characters with letters and digits', () => {
    expect(passwordProblem('abcde12345')).toBeNull();
    expect(passwordProblem('工会密码abc123456')).toBeNull();
  });

  it('refuses short, letter-only, digit-only, padded and non-text passwords', () => {
    expect(passwordProblem('abc12345')).toMatch(/长度/);
    expect(passwordProblem('abcdefghijkl')).toMatch(/字母和数字/);
    expect(passwordProblem('123456789012')).toMatch(/字母和数字/);
    expect(passwordProblem(' abcde12345')).toMatch(/空格/);
    expect(passwordProblem('a1'.repeat(65))).toMatch(/长度/);
    expect(passwordProblem(12345678901)).toBe('请输入新密码');
  });

  it('makes initial passwords that pass it, unambiguous and different each time', () => {
    const made = Array.from({ length: 200 }, initialPassword);
    for (const password of made) {
      expect(passwordProblem(password)).toBeNull();
      expect(password).toHaveLength(INITIAL_PASSWORD_LENGTH);
      expect(password).not.toMatch(/[0O1lI]/);
    }
    expect(new Set(made).size).toBe(made.length);
  });
});
