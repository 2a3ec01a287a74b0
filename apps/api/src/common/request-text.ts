import { ErrorCode } from '@kgh/shared';
import { AppException } from './app-exception';

// Control characters other than tab, LF and CR, and UTF-16 halves without their other half: neither
// is ever meant in a form field, and PostgreSQL refuses NUL in text and lone surrogates in jsonb.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
export const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_DEPTH = 16;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Refuses what no DTO rule should have to think about, before class-transformer walks the value:
 * nesting deeper than MAX_DEPTH (its recursion would overflow the stack), prototype keys, and
 * strings with control characters or broken UTF-16. Names the first offending field.
 */
export function checkRequestText(value: unknown, path = '', depth = 0): void {
  if (typeof value === 'string') {
    if (FORBIDDEN_CHARACTERS.test(value)) refuse(path, '含有不允许的控制字符或无效字符');
    return;
  }
  if (value === null || typeof value !== 'object') return;
  if (depth >= MAX_DEPTH) refuse(path, `嵌套层级过深（最多 ${MAX_DEPTH} 层）`);
  for (const [key, child] of Object.entries(value)) {
    const field = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) refuse(field, `不接受字段 ${key}`);
    checkRequestText(child, field, depth + 1);
  }
}

function refuse(field: string, message: string): never {
  throw new AppException(ErrorCode.ValidationFailed, '请求参数有误', [{ field: field || 'body', message }]);
}
