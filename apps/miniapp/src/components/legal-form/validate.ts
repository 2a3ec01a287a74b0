import { LEGAL_DESCRIPTION_MAX, LEGAL_PARTY_CODES, LEGAL_TOPIC_CODES, MOBILE_PHONE_MESSAGE, normalizeMobilePhone } from '@kgh/shared'
import type { LegalParty, LegalTopic, TownCode } from '@kgh/shared'
import type { Schema } from '@kgh/api-client'
import { textLength } from '../text-box'
import { YUAN_PROBLEM_MESSAGES, parseYuan } from '../../utils/parse-yuan'

/** The form as typed: every answer is text until it is checked. */
export interface LegalValues {
  topic: string
  against: string
  againstName: string
  description: string
  /** In yuan, as typed; optional. */
  amount: string
  workersAffected: string
  phone: string
  townCode: string
}

export type LegalField = keyof LegalValues
export type LegalErrors = Partial<Record<LegalField, string>>

export const AGAINST_NAME_MAX = 60
export const DESCRIPTION_MIN = 5
export const WORKERS_MAX = 10_000

const problem: Record<LegalField, (value: string) => string | undefined> = {
  topic: (v) => (LEGAL_TOPIC_CODES.includes(v as LegalTopic) ? undefined : '请选择遇到的问题'),
  against: (v) => (LEGAL_PARTY_CODES.includes(v as LegalParty) ? undefined : '请选择对方是谁，不清楚也可以选“不清楚”'),
  againstName: (v) => (textLength(v) > AGAINST_NAME_MAX ? `对方名称不能超过${AGAINST_NAME_MAX}个字` : undefined),
  description: (v) => {
    const length = textLength(v)
    if (length === 0) return '请简单说说发生了什么'
    if (length < DESCRIPTION_MIN) return `请至少写${DESCRIPTION_MIN}个字，说明发生了什么`
    return length > LEGAL_DESCRIPTION_MAX ? `情况说明不能超过${LEGAL_DESCRIPTION_MAX}个字，现在是${length}个字` : undefined
  },
  amount: (v) => {
    if (!v.trim()) return undefined
    const parsed = parseYuan(v)
    return 'problem' in parsed ? YUAN_PROBLEM_MESSAGES[parsed.problem] : undefined
  },
  workersAffected: (v) => {
    const n = /^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN
    return n >= 1 && n <= WORKERS_MAX ? undefined : `涉及人数请填1到${WORKERS_MAX}之间的整数`
  },
  phone: (v) => {
    if (!v.trim()) return '请输入联系电话，方便工会回电'
    return normalizeMobilePhone(v) ? undefined : MOBILE_PHONE_MESSAGE
  },
  townCode: (v) => (v ? undefined : '请选择您所在的镇街'),
}

/** The message for one field, or undefined when it is fine. */
export const fieldError = (field: LegalField, values: LegalValues) => problem[field](values[field])

export function validateLegal(values: LegalValues): LegalErrors {
  const errors: LegalErrors = {}
  for (const field of Object.keys(problem) as LegalField[]) {
    const message = fieldError(field, values)
    if (message) errors[field] = message
  }
  return errors
}

/** The request to send, from values validateLegal has passed. */
export function toCreateLegalRequest(values: LegalValues): Schema<'CreateLegalRequestDto'> {
  const amount = values.amount.trim() ? parseYuan(values.amount) : null
  const againstName = values.againstName.trim()
  return {
    // The choices offer only the shared lists' codes, and validateLegal has checked one is chosen.
    topic: values.topic as LegalTopic,
    against: values.against as LegalParty,
    townCode: values.townCode as TownCode,
    description: values.description.trim(),
    workersAffected: Number(values.workersAffected.trim()),
    phone: normalizeMobilePhone(values.phone) ?? values.phone,
    ...(againstName && { againstName }),
    ...(amount && 'fen' in amount && { amountClaimedFen: amount.fen }),
  }
}

/** The API names the DTO's fields; the form's own names differ only for the amount. */
export const FIELD_OF_API: Partial<Record<string, LegalField>> = { amountClaimedFen: 'amount' }
