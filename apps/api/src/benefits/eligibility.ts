import { ErrorCode, EligibilityReason, Gender, Occupation, OCCUPATIONS } from '@kgh/shared';
import { AppException } from '../common/app-exception';
import type { EligibilityRules } from './benefit-programme.entity';

const DAY_MS = 86_400_000;
const OCCUPATION_NAMES = new Map<string, string>(OCCUPATIONS.map((o) => [o.code, o.name]));
const GENDER_NAMES: Record<Gender, string> = { male: '男', female: '女' };
const shanghaiDate = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

export interface EligibilityInput {
  programme: { active: boolean; periodStart: Date; periodEnd: Date; rules: EligibilityRules };
  member: { gender: Gender; occupation: Occupation; joinedAt: Date } | null;
  /** The programme's union covers the member's union (it is that union or above it). */
  coversMember: boolean;
  /** The member already holds a live claim in the programme's current period. */
  alreadyHolds: boolean;
  /** The session being claimed, when there is one: registration opens and closes with it. */
  session?: { opensAt: Date; startsAt: Date } | null;
  now: Date;
}

export interface Eligibility {
  eligible: boolean;
  reasons: EligibilityReason[];
  messages: string[];
}

const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
// Ten years bounds both day counts (the DTO's limits are tighter): any more would make dates no view can print.
const isDays = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 3650;

/**
 * The stored rules with only their well-formed parts. They are JSON in the row: one written before
 * the DTO checked their shape must not fail every member's request, so a malformed part restricts nothing.
 */
export function wellFormedRules(stored: unknown): EligibilityRules {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const { occupations, genders, minMembershipDays, priority } = stored as Record<string, unknown>;
  const rules: EligibilityRules = {};
  if (isTextList(occupations)) rules.occupations = occupations as Occupation[];
  if (isTextList(genders)) rules.genders = genders as Gender[];
  if (isDays(minMembershipDays)) rules.minMembershipDays = minMembershipDays;
  const early = priority as { occupations?: unknown; daysEarly?: unknown } | null | undefined;
  if (early && isTextList(early.occupations) && isDays(early.daysEarly))
    rules.priority = { occupations: early.occupations as Occupation[], daysEarly: early.daysEarly };
  return rules;
}

/** When registration for a session opens to this member: earlier for priority occupations (couriers first). */
export function sessionOpensFor(stored: EligibilityRules, occupation: Occupation | null, opensAt: Date): Date {
  const priority = wellFormedRules(stored).priority;
  if (!priority || !occupation || !priority.occupations.includes(occupation)) return opensAt;
  return new Date(opensAt.getTime() - priority.daysEarly * DAY_MS);
}

/** The one place the eligibility rules are evaluated; every reason comes with a Chinese explanation. */
export function evaluateEligibility(input: EligibilityInput): Eligibility {
  const { programme, member, now, session } = input;
  const rules = wellFormedRules(programme.rules);
  const found: [EligibilityReason, string][] = [];

  if (!programme.active || now >= programme.periodEnd) found.push(['PROGRAMME_CLOSED', '该项目已结束申领']);
  else if (now < programme.periodStart) found.push(['PROGRAMME_CLOSED', `该项目将于 ${shanghaiDate(programme.periodStart)} 开放申领`]);
  else if (session && now >= session.startsAt) found.push(['PROGRAMME_CLOSED', '该批次已开始，报名已截止']);

  if (!member) {
    found.push(['NOT_A_MEMBER', '仅限工会会员申领，请先申请入会']);
    return result(found);
  }
  if (!input.coversMember) found.push(['OUTSIDE_UNION', '该项目仅面向举办工会所辖会员']);
  if (rules.occupations?.length && !rules.occupations.includes(member.occupation)) {
    found.push(['OCCUPATION_NOT_COVERED', `仅限${rules.occupations.map((o) => OCCUPATION_NAMES.get(o) ?? o).join('、')}申领`]);
  }
  if (rules.genders?.length && !rules.genders.includes(member.gender)) {
    found.push(['GENDER_NOT_COVERED', `仅限${rules.genders.map((g) => GENDER_NAMES[g] ?? g).join('、')}性会员申领`]);
  }
  if (rules.minMembershipDays) {
    const eligibleFrom = new Date(member.joinedAt.getTime() + rules.minMembershipDays * DAY_MS);
    if (now < eligibleFrom) found.push(['MEMBERSHIP_TOO_RECENT', `入会满 ${rules.minMembershipDays} 天后可申领（${shanghaiDate(eligibleFrom)} 起）`]);
  }
  if (session) {
    const opens = sessionOpensFor(rules, member.occupation, session.opensAt);
    if (now < opens) {
      const waitsForPriority = rules.priority && opens.getTime() === session.opensAt.getTime();
      found.push([
        'NOT_OPEN_YET',
        waitsForPriority ? `本批次优先向${priorityNames(rules)}开放，您可于 ${shanghaiDate(opens)} 起报名` : `本批次 ${shanghaiDate(opens)} 起开放报名`,
      ]);
    }
  }
  if (input.alreadyHolds) found.push(['ALREADY_CLAIMED', '您在本期已申领过该福利']);
  return result(found);
}

/** The refusal a claim gets for an ineligible result, with the reasons as details. */
export function refusal(eligibility: Eligibility): AppException {
  const details = eligibility.reasons.map((reason, i) => ({ reason, message: eligibility.messages[i] }));
  const only = (reason: EligibilityReason) => details.filter((d) => d.reason === reason);
  if (eligibility.reasons.includes('PROGRAMME_CLOSED')) {
    return new AppException(ErrorCode.ProgrammeClosed, only('PROGRAMME_CLOSED')[0].message, details);
  }
  const blocking = details.filter((d) => d.reason !== 'ALREADY_CLAIMED');
  if (blocking.length > 0) return new AppException(ErrorCode.NotEligible, blocking.map((d) => d.message).join('；'), details);
  return new AppException(ErrorCode.AlreadyClaimed, only('ALREADY_CLAIMED')[0].message, details);
}

function priorityNames(rules: EligibilityRules): string {
  return (rules.priority?.occupations ?? []).map((o) => OCCUPATION_NAMES.get(o) ?? o).join('、');
}

function result(found: [EligibilityReason, string][]): Eligibility {
  return { eligible: found.length === 0, reasons: found.map(([reason]) => reason), messages: found.map(([, message]) => message) };
}
