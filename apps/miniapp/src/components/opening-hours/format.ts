import type { Schema } from '@kgh/api-client'
type Weekday = keyof Schema<'WeeklyHoursView'>

const DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
const DAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日']

export interface ScheduleLine {
  days: string
  hours: string
}

/** `['08:00', '20:00']`: the document gives each span as a pair of times. */
function spanText([from, to]: string[]): string {
  // An end before the start runs past midnight (the API's rule).
  return to < from ? `${from}–次日${to}` : `${from}–${to}`
}

function daysText(first: number, last: number): string {
  if (first === 0 && last === 6) return '每天'
  if (first === last) return DAY_NAMES[first]
  if (last === first + 1) return `${DAY_NAMES[first]}、${DAY_NAMES[last]}`
  return `${DAY_NAMES[first]}至${DAY_NAMES[last]}`
}

/** The weekly schedule in Chinese, consecutive days with the same hours on one line. */
export function describeOpeningHours(hours: Schema<'OpeningHoursView'>): ScheduleLine[] {
  if (hours.is24h) return [{ days: '每天', hours: '24小时营业' }]
  const groups: { first: number; last: number; hours: string }[] = []
  DAYS.forEach((day, i) => {
    const text = (hours.weekly[day] ?? []).map(spanText).join('，') || '休息'
    const previous = groups[groups.length - 1]
    if (previous && previous.hours === text) previous.last = i
    else groups.push({ first: i, last: i, hours: text })
  })
  return groups.map((g) => ({ days: daysText(g.first, g.last), hours: g.hours }))
}

/** 2026-11-30T00:00:00Z → 11月30日 08:00, on the wall clocks of Shanghai. */
export function formatShanghaiTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const t = new Date(date.getTime() + 8 * 3600 * 1000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`
}
