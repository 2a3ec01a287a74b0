import type { Schema } from '@kgh/api-client'
import { deviceStore } from '../../services/device-store'
import { JOIN_DRAFT_KEY } from '../../services/session'
import type { EnterpriseChoice } from '../enterprise-picker'
import type { JoinField, JoinValues } from './validate'

/** Everything on the form but the ID number, which never goes into plain storage. */
export type StoredValues = Omit<JoinValues, 'idNumber'>

/** The rejected application this draft corrects: what staff said, the fields it names, and its ID number, masked. */
export interface ReviewNote {
  applicationId: string
  reason: string
  fields: JoinField[]
  /** Sent again unless the reason names it (the API keeps it: it never comes back to the device). */
  idNumberMasked: string
}

export interface JoinDraft {
  values: StoredValues
  enterprise: EnterpriseChoice
  review?: ReviewNote
}

export const EMPTY_VALUES: JoinValues = { name: '', idNumber: '', phone: '', occupation: '', employer: '', townCode: '' }

const withoutIdNumber = ({ idNumber: _idNumber, ...stored }: JoinValues): StoredValues => stored

const drafts = deviceStore<JoinDraft>(JOIN_DRAFT_KEY)

// Held in memory only: it survives going back and forward inside the app, not a reload.
let idNumberInMemory = ''

export const joinDraft = {
  load: (): JoinDraft | null => drafts.load(),
  idNumber: () => idNumberInMemory,
  rememberIdNumber(idNumber: string) {
    idNumberInMemory = idNumber
  },
  save(values: JoinValues, enterprise: EnterpriseChoice, review?: ReviewNote) {
    idNumberInMemory = values.idNumber
    drafts.save({ values: withoutIdNumber(values), enterprise, ...(review && { review }) })
  },
  clear() {
    idNumberInMemory = ''
    drafts.clear()
  },
}

// Staff write the reason in their own words; these are the words that name a field.
const FIELD_WORDS: [JoinField, RegExp][] = [
  ['name', /姓名|名字/],
  ['idNumber', /身份证|证件/],
  ['phone', /手机|电话/],
  ['occupation', /职业|工种/],
  ['employer', /单位|平台|企业|公司|雇主/],
  ['townCode', /镇街|街道|乡镇|所在镇|工作地/],
]

/** The fields a rejection reason names. */
export const fieldsNamedIn = (reason: string): JoinField[] => FIELD_WORDS.filter(([, words]) => words.test(reason)).map(([field]) => field)

/** Whether the correction sends the rejected application's ID number again instead of a new one. */
export const keepsIdNumber = (review: ReviewNote | undefined): review is ReviewNote => !!review && !review.fields.includes('idNumber')

const enterpriseOf = (answers: Answers): EnterpriseChoice =>
  answers.enterprise
    ? { kind: 'listed', ...answers.enterprise }
    : answers.employerName
      ? { kind: 'typed', name: answers.employerName }
      : null

type Answers = Schema<'ApplicationAnswersView'>

/**
 * Prepares the draft that corrects a rejected application: its answers as the API keeps them, except
 * the fields staff sent back (or, failing those, the reason names), left empty to fill in again.
 */
export function draftForCorrection(applicationId: string, reason: string, answers: Answers): JoinDraft {
  // Staff tick the answers to fill in again; an older rejection has only its words to go by.
  const fields = answers.rejectFields.length > 0 ? answers.rejectFields : fieldsNamedIn(reason)
  const { name, phone, occupation, employer, townCode } = answers
  const values: StoredValues = { name, phone, occupation, employer, townCode }
  for (const field of fields) if (field !== 'idNumber') values[field] = ''
  const enterprise = fields.includes('employer') ? null : enterpriseOf(answers)
  const draft = { values, enterprise, review: { applicationId, reason, fields, idNumberMasked: answers.idNumberMasked } }
  drafts.save(draft)
  idNumberInMemory = ''
  return draft
}
