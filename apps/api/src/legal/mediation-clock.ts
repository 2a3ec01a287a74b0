import { LEGAL_REQUEST_DUE_DAYS, LegalStatus, MEDIATION_DAYS } from '@kgh/shared';
import { addDays, shanghaiToday } from '../common/calendar-day';

// The clocks of legal help, in calendar days of Asia/Shanghai: a request should be answered or
// registered within 3 days of arriving, and a registered case mediated within 15 (the mediation law's period).

/** Statuses during which the 15-day mediation clock runs. */
export const MEDIATION_CLOCK_STATUSES: readonly LegalStatus[] = ['registered', 'mediating'];

/** The day a case registered at `at` counts from (YYYY-MM-DD, Shanghai). */
export const registrationDay = (at: Date): string => shanghaiToday(at);

/** The last day of the mediation period. */
export const mediationDueOn = (registeredOn: string): string => addDays(registeredOn, MEDIATION_DAYS);

/** By when a request submitted at `submittedAt` should be answered or registered. */
export const requestDueOn = (submittedAt: Date): string => addDays(shanghaiToday(submittedAt), LEGAL_REQUEST_DUE_DAYS);

/** A case still in mediation after its last day. */
export function isMediationOverdue(status: LegalStatus, dueOn: string | null, today: string): boolean {
  return dueOn !== null && MEDIATION_CLOCK_STATUSES.includes(status) && today > dueOn;
}

/** A request still waiting after its due day. */
export function isRequestOverdue(status: LegalStatus, dueOn: string, today: string): boolean {
  return status === 'submitted' && today > dueOn;
}

/** The same two rules in SQL over the alias `r`, for the overdue filter; `today` is a YYYY-MM-DD parameter. */
export function overdueSql(r: string, today: string): string {
  return `((${r}.status IN (${MEDIATION_CLOCK_STATUSES.map((status) => `'${status}'`).join(', ')}) AND ${r}.mediation_due_on < ${today}::date)
    OR (${r}.status = 'submitted' AND (${r}.submitted_at AT TIME ZONE 'Asia/Shanghai')::date + ${LEGAL_REQUEST_DUE_DAYS} < ${today}::date))`;
}
