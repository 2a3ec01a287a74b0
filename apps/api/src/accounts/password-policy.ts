import { randomInt } from 'node:crypto';
import { ValidateBy } from 'class-validator';

// A password a person chooses: long enough to resist guessing at the sign-in limits, with letters
// and digits so it is not a word or a date alone. Argon2 takes any length; 128 bounds the work.
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** What is wrong with a chosen password, in words for the person; null when it will do. */
export function passwordProblem(password: unknown): string | null {
  if (typeof password !== 'string') return '请输入新密码';
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    return `新密码长度为${PASSWORD_MIN_LENGTH}到${PASSWORD_MAX_LENGTH}个字符`;
  }
  if (!/\p{L}/u.test(password) || !/\p{Nd}/u.test(password)) return '新密码须同时包含字母和数字';
  if (password.trim() !== password) return '新密码首尾不能有空格';
  return null;
}

/** A new password field: passwordProblem's rule, its answer as the message. */
export function AcceptablePassword(): PropertyDecorator {
  return ValidateBy({
    name: 'acceptablePassword',
    validator: { validate: (value) => passwordProblem(value) === null, defaultMessage: (args) => passwordProblem(args?.value) ?? '新密码无效' },
  });
}

// No 0/O, 1/l/I: the password is read off a screen and typed in by someone else.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INITIAL_PASSWORD_LENGTH = 12;

/** A one-time password for a new or reset account (≈68 bits), shown once; it passes passwordProblem. */
export function initialPassword(): string {
  for (;;) {
    const password = Array.from({ length: INITIAL_PASSWORD_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    if (passwordProblem(password) === null) return password;
  }
}
