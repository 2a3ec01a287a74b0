export const WEEKDAYS = [
  ['mon', '周一'],
  ['tue', '周二'],
  ['wed', '周三'],
  ['thu', '周四'],
  ['fri', '周五'],
  ['sat', '周六'],
  ['sun', '周日'],
] as const;

export type Weekday = (typeof WEEKDAYS)[number][0];
/** `['08:00', '20:00']`: start and end. */
export type Span = string[];

export interface OpeningHours {
  is24h: boolean;
  weekly: Partial<Record<Weekday, Span[]>>;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What is wrong with the hours, in words for the form; null when the API will take them. */
export function hoursProblem(hours: OpeningHours): string | null {
  if (hours.is24h) return null;
  const days = WEEKDAYS.filter(([day]) => (hours.weekly[day] ?? []).length > 0);
  if (days.length === 0) return '请至少设置一天的营业时间，或选择24小时营业';
  for (const [day, label] of days) {
    for (const [start, end] of hours.weekly[day]!) {
      if (!TIME.test(start) || !TIME.test(end)) return `${label}的时间应为 HH:mm，例如 08:00`;
      if (start === end) return `${label}的开始和结束时间不能相同`;
    }
  }
  return null;
}
