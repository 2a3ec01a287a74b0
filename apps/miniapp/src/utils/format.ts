/** 2026-11-29T08:00:00+08:00 → 2026年11月29日, in the business time zone. */
export function formatDate(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const shanghai = new Date(date.getTime() + 8 * 3600 * 1000)
  return `${shanghai.getUTCFullYear()}年${shanghai.getUTCMonth() + 1}月${shanghai.getUTCDate()}日`
}
