// Mainland China mobile numbers: 11 digits starting 1[3-9]; +86 / 0086 / 86 prefixes accepted.
export function normalizeMobilePhone(input: string): string | null {
  const compact = input.replace(/[\s-]/g, '');
  const match = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/.exec(compact);
  return match ? match[1] : null;
}

export const MOBILE_PHONE_MESSAGE = '请输入11位中国大陆手机号';

/** 138****5678 */
export function maskPhone(phone: string): string {
  return phone.slice(0, 3) + '****' + phone.slice(-4);
}
