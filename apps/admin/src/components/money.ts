/** Fen (the API's integer money) as yuan for people: ¥1,234.50. */
export function yuan(fen: number): string {
  return `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** Yuan typed by a person as whole fen; undefined when it is not an amount. */
export function toFen(yuanText: string | number | null | undefined): number | undefined {
  if (yuanText === null || yuanText === undefined || yuanText === '') return undefined;
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(String(yuanText).trim());
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Fen as the yuan number an InputNumber shows (300010 → 3000.1); undefined when there is no amount. */
export function yuanValue(fen: number | null | undefined): number | undefined {
  return fen === null || fen === undefined ? undefined : fen / 100;
}
