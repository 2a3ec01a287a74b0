// When a station is open: a weekly schedule in Asia/Shanghai plus temporary closures.
// The one place the rule lives; the API, the CSV import and the demo data all go through it.

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** ['08:00', '20:00']; an end before the start runs past midnight into the next morning; '24:00' ends the day. */
export type Span = [string, string];

/** `is24h` stations ignore `weekly`; a day missing from `weekly` is a closed day. */
export interface OpeningHours {
  is24h: boolean;
  weekly: Partial<Record<Weekday, Span[]>>;
}

export interface Closure {
  from: string;
  to: string;
  reason: string;
}

export const ALWAYS_OPEN: OpeningHours = { is24h: true, weekly: {} };

// China has kept UTC+8 all year since 1991: a fixed offset is the whole of Asia/Shanghai.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const MAX_SPANS_PER_DAY = 6;
const START = /^([01]\d|2[0-3]):([0-5]\d)$/;
const END = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

function minutes(time: string, pattern: RegExp): number | null {
  const match = pattern.exec(time);
  if (!match) return null;
  const [hours, mins] = match.slice(1).filter((part) => part !== undefined);
  return Number(hours) * 60 + Number(mins);
}

/** The weekday and minute of the day on the wall clocks of Shanghai at `at`. */
export function shanghaiClock(at: Date): { day: Weekday; minute: number } {
  const local = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  return { day: WEEKDAYS[(local.getUTCDay() + 6) % 7], minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

function isClosedFor(closures: readonly Closure[], at: Date): boolean {
  const time = at.getTime();
  return closures.some((closure) => Date.parse(closure.from) <= time && time < Date.parse(closure.to));
}

/** Open at `at`: a closure covering `at` wins over the schedule; today's spans, or last night's running past midnight. */
export function isOpenAt(hours: OpeningHours, closures: readonly Closure[], at: Date): boolean {
  if (isClosedFor(closures, at)) return false;
  if (hours.is24h) return true;
  const { day, minute } = shanghaiClock(at);
  const yesterday = WEEKDAYS[(WEEKDAYS.indexOf(day) + 6) % 7];
  const today = (hours.weekly[day] ?? []).some(([from, to]) => {
    const start = minutes(from, START)!;
    const end = minutes(to, END)!;
    return end > start ? start <= minute && minute < end : minute >= start;
  });
  const lastNight = (hours.weekly[yesterday] ?? []).some(([from, to]) => {
    const end = minutes(to, END)!;
    return end < minutes(from, START)! && minute < end;
  });
  return today || lastNight;
}

/** Why `value` is not an OpeningHours, in words for staff; null when it is one. */
export function openingHoursProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return '营业时间格式不正确';
  const { is24h, weekly, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return `营业时间不接受字段 ${Object.keys(rest).join('、')}`;
  if (typeof is24h !== 'boolean') return '营业时间需注明是否24小时营业（is24h）';
  if (typeof weekly !== 'object' || weekly === null || Array.isArray(weekly)) return '营业时间需包含每周安排（weekly）';
  for (const [day, spans] of Object.entries(weekly)) {
    if (!(WEEKDAYS as readonly string[]).includes(day)) return `未知的星期 ${day}（应为 mon…sun）`;
    if (!Array.isArray(spans) || spans.length > MAX_SPANS_PER_DAY) return `${day} 的时段应为最多${MAX_SPANS_PER_DAY}段的列表`;
    for (const span of spans) {
      if (!Array.isArray(span) || span.length !== 2) return `${day} 的时段应为 [开始, 结束]`;
      const [start, end] = [minutes(String(span[0]), START), minutes(String(span[1]), END)];
      if (typeof span[0] !== 'string' || start === null) return `${day} 的开始时间 ${span[0]} 应为 HH:MM`;
      if (typeof span[1] !== 'string' || end === null) return `${day} 的结束时间 ${span[1]} 应为 HH:MM`;
      if (start === end) return `${day} 的时段 ${span[0]}-${span[1]} 开始与结束相同`;
    }
  }
  if (!is24h && Object.values(weekly).every((spans) => (spans as unknown[]).length === 0)) return '营业时间不能每天都不开放';
  return null;
}

const DAY_RANGE = /^(mon|tue|wed|thu|fri|sat|sun)(?:-(mon|tue|wed|thu|fri|sat|sun))?$/;

/**
 * The text form used in CSV files: `24h`, or groups like `mon-fri 08:00-20:00; sat,sun 09:00-12:00,14:00-18:00`.
 * Returns the schedule, or the problem in words.
 */
export function parseOpeningHoursText(text: string): { hours: OpeningHours } | { problem: string } {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '24h') return { hours: ALWAYS_OPEN };
  const weekly: Partial<Record<Weekday, Span[]>> = {};
  for (const group of trimmed
    .split(';')
    .map((g) => g.trim())
    .filter(Boolean)) {
    const [daysPart, spansPart, ...extra] = group.split(/\s+/);
    if (!spansPart || extra.length > 0) return { problem: `无法识别“${group}”，应如 mon-fri 08:00-20:00` };
    const days: Weekday[] = [];
    for (const range of daysPart.split(',')) {
      const match = DAY_RANGE.exec(range);
      if (!match) return { problem: `无法识别星期“${range}”` };
      const from = WEEKDAYS.indexOf(match[1] as Weekday);
      const to = WEEKDAYS.indexOf((match[2] ?? match[1]) as Weekday);
      if (to < from) return { problem: `星期范围“${range}”应从前到后` };
      days.push(...WEEKDAYS.slice(from, to + 1));
    }
    const spans = spansPart.split(',').map((span) => span.split('-') as Span);
    for (const day of days) weekly[day] = [...(weekly[day] ?? []), ...spans];
  }
  const hours = { is24h: false, weekly };
  const problem = openingHoursProblem(hours);
  return problem ? { problem } : { hours };
}

/** The canonical text form (see parseOpeningHoursText): consecutive days with the same spans are grouped. */
export function formatOpeningHours(hours: OpeningHours): string {
  if (hours.is24h) return '24h';
  const groups: { first: Weekday; last: Weekday; spans: string }[] = [];
  for (const day of WEEKDAYS) {
    const spans = (hours.weekly[day] ?? []).map(([from, to]) => `${from}-${to}`).join(',');
    const previous = groups[groups.length - 1];
    if (!spans) continue;
    if (previous && previous.spans === spans && WEEKDAYS.indexOf(previous.last) === WEEKDAYS.indexOf(day) - 1) previous.last = day;
    else groups.push({ first: day, last: day, spans });
  }
  return groups.map((g) => `${g.first === g.last ? g.first : `${g.first}-${g.last}`} ${g.spans}`).join('; ');
}
