/** KQ + year of joining (Asia/Shanghai) + six-digit sequence: KQ2026000123. */
export function memberNumber(joinedAt: Date, sequence: number): string {
  const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(joinedAt);
  return `KQ${year}${String(sequence).padStart(6, '0')}`;
}
