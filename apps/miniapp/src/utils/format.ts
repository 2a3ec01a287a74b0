/** The instant as Shanghai's wall clock, read with the getUTC… methods. */
const inShanghai = (date: Date) => new Date(date.getTime() + 8 * 3600 * 1000)
const pad = (n: number) => String(n).padStart(2, '0')

/** 2026-11-29T08:00:00+08:00 → 2026年11月29日, in the business time zone. */
export function formatDate(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const shanghai = inShanghai(date)
  return `${shanghai.getUTCFullYear()}年${shanghai.getUTCMonth() + 1}月${shanghai.getUTCDate()}日`
}

/** 2026-11-29T00:30:00Z → 2026年11月29日 08:30, in the business time zone. */
export function formatDateAndTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const shanghai = inShanghai(date)
  return `${formatDate(iso)} ${pad(shanghai.getUTCHours())}:${pad(shanghai.getUTCMinutes())}`
}

/** 2026-11-29T00:00:00Z → 11月29日 08:00, in the business time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const shanghai = inShanghai(date)
  return `${shanghai.getUTCMonth() + 1}月${shanghai.getUTCDate()}日 ${pad(shanghai.getUTCHours())}:${pad(shanghai.getUTCMinutes())}`
}

/** Today in the business time zone, as the API writes days: 2026-12-03. */
export const shanghaiDay = (now = new Date()) => inShanghai(now).toISOString().slice(0, 10)
