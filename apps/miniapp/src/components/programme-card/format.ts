import { OCCUPATIONS, type ClaimPeriod } from '@kgh/shared'
import type { Schema } from '@kgh/api-client'
import { formatDateTime } from '../../utils/format'
import { formatFen } from '../../utils/money'

const OCCUPATION_NAMES = new Map<string, string>(OCCUPATIONS.map((o) => [o.code, o.name]))
const occupationNames = (codes: string[]) => codes.map((c) => OCCUPATION_NAMES.get(c) ?? c).join('、')

const CLAIM_PERIOD_TEXT: Record<ClaimPeriod, string> = {
  year: '每人每年限申领一次',
  season: '每人每季限申领一次',
  programme: '每人限申领一次',
  session: '每个批次可报名一次',
}

/** What the union pays for one place: the member's own cost, both when it differs by gender and is unknown. */
export function costText(programme: Pick<Schema<'ProgrammeView'>, 'costFen' | 'costFenFemale'>, genderKnown: boolean): string {
  if (programme.costFen === 0) return '免费参加'
  const female = programme.costFenFemale
  if (!genderKnown && female !== null && female !== programme.costFen) {
    return `工会补助 男${formatFen(programme.costFen)} / 女${formatFen(female)}`
  }
  return `工会补助 ${formatFen(programme.costFen)}/人`
}

/** The programme's rules as short Chinese lines, for the programme page. */
export function rulesText(programme: Schema<'ProgrammeView'>): string[] {
  const { rules } = programme
  const lines = [CLAIM_PERIOD_TEXT[programme.claimPeriod]]
  if (rules.occupations?.length) lines.push(`仅限${occupationNames(rules.occupations)}申领`)
  if (rules.genders?.length) lines.push(`仅限${rules.genders.map((g) => (g === 'male' ? '男' : '女')).join('、')}性会员申领`)
  if (rules.minMembershipDays) lines.push(`入会满${rules.minMembershipDays}天后可申领`)
  if (rules.priority) lines.push(`${occupationNames(rules.priority.occupations)}优先，提前${rules.priority.daysEarly}天报名`)
  if (programme.requiresApproval) lines.push('提交后由工会审核，审核通过即生效')
  if (programme.hasWaitlist) lines.push('名额已满时可排队候补，有人取消时按顺序自动递补')
  if (programme.cancelHoursBefore > 0) lines.push(`活动开始前${programme.cancelHoursBefore}小时内不能取消`)
  return lines
}

/** When a batch runs: 1月1日 08:00–17:00, or both dates when it runs past midnight. */
export function sessionWhen(session: { startsAt: string; endsAt: string }): string {
  const [startDay, startTime] = formatDateTime(session.startsAt).split(' ')
  const [endDay, endTime] = formatDateTime(session.endsAt).split(' ')
  if (!endTime) return `${startDay} ${startTime ?? ''}`.trim()
  return startDay === endDay ? `${startDay} ${startTime}–${endTime}` : `${startDay} ${startTime} 至 ${endDay} ${endTime}`
}

/** The day a programme's claims close, as the worker reads it (the period ends at midnight, exclusive). */
export const lastClaimDay = (programme: Pick<Schema<'ProgrammeView'>, 'periodEnd'>): string =>
  new Date(Date.parse(programme.periodEnd) - 1).toISOString()

/** A claim's batch in one line: 体检日 · 1月1日 08:00–17:00 · 柯桥区中医医院. */
export const batchLine = (session: { name: string; location: string; startsAt: string; endsAt: string }): string =>
  [session.name, sessionWhen(session), session.location].filter(Boolean).join(' · ')
