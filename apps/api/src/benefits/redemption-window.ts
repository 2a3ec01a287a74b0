import { ErrorCode, OutsideWindowRedemption } from '@kgh/shared';
import { shanghaiToday } from '../common/calendar-day';

/** What the provider is told before confirming: a stable code and Chinese text. */
export interface RedemptionNotice {
  code: string;
  message: string;
}

/** The batch's dates in Asia/Shanghai, first and last day (YYYY-MM-DD), inclusive. */
export function batchDays(batch: { startsAt: Date; endsAt: Date }): { firstDay: string; lastDay: string } {
  // endsAt is exclusive: a batch ending at midnight does not take in the next day.
  return { firstDay: shanghaiToday(batch.startsAt), lastDay: shanghaiToday(new Date(batch.endsAt.getTime() - 1)) };
}

/**
 * A batch's claim is redeemed on the batch's own days, Shanghai time. Outside them the provider is
 * warned, and refused too when the programme says `refuse`. No batch, no window.
 */
export function redemptionWindow(
  batch: { startsAt: Date; endsAt: Date } | null,
  policy: OutsideWindowRedemption,
  now: Date,
): { warning: RedemptionNotice | null; refusal: RedemptionNotice | null } {
  if (!batch) return { warning: null, refusal: null };
  const { firstDay, lastDay } = batchDays(batch);
  const today = shanghaiToday(now);
  if (today >= firstDay && today <= lastDay) return { warning: null, refusal: null };
  const dates = firstDay === lastDay ? dayText(firstDay) : `${dayText(firstDay)}至${dayText(lastDay)}`;
  const warning = { code: ErrorCode.OutsideRedemptionWindow, message: `该批次为${dates}，今天不在核销时段内` };
  const refusal = policy === 'refuse' ? { code: ErrorCode.OutsideRedemptionWindow, message: `该批次为${dates}，该项目只能在批次当天核销` } : null;
  return { warning, refusal };
}

/** 2026-12-06 → 12月6日 */
function dayText(day: string): string {
  const [, month, date] = day.split('-').map(Number);
  return `${month}月${date}日`;
}
