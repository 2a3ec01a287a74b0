import { deviceStore } from '../../services/device-store'
import type { EnterpriseChoice } from '../enterprise-picker'
import type { JoinField, JoinValues } from './validate'

/** Everything on the form but the ID number, which never goes into plain storage. */
export type StoredValues = Omit<JoinValues, 'idNumber'>

/** What staff said about the rejected application this draft corrects, and the fields it names. */
export interface ReviewNote {
  reason: string
  fields: JoinField[]
}

export interface JoinDraft {
  values: StoredValues
  enterprise: EnterpriseChoice
  review?: ReviewNote
}

/** The last application sent from this device, to correct it after a rejection. */
interface Submitted {
  applicationId: string
  values: StoredValues
  enterprise: EnterpriseChoice
}

export const EMPTY_VALUES: JoinValues = { name: '', idNumber: '', phone: '', occupation: '', employer: '', townCode: '' }

const withoutIdNumber = ({ idNumber: _idNumber, ...stored }: JoinValues): StoredValues => stored

const drafts = deviceStore<JoinDraft>('kgh.join.draft')
const submitted = deviceStore<Submitted>('kgh.join.submitted')

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
  /** After a successful submission: the draft goes, the answers stay for a correction. */
  submitted(applicationId: string | undefined, values: JoinValues, enterprise: EnterpriseChoice) {
    joinDraft.clear()
    if (applicationId) submitted.save({ applicationId, values: withoutIdNumber(values), enterprise })
  },
}

// Staff write the reason in their own words; these are the words that name a field.
const FIELD_WORDS: [JoinField, RegExp][] = [
  ['name', /姓名|名字/],
  ['idNumber', /身份证|证件/],
  ['phone', /手机|电话/],
  ['occupation', /职业|工种/],
  ['employer', /单位|平台|企业|公司|雇主/],
  ['townCode', /镇街|街道|镇|乡|工作地/],
]

/** The fields a rejection reason names. */
export const fieldsNamedIn = (reason: string): JoinField[] => FIELD_WORDS.filter(([, words]) => words.test(reason)).map(([field]) => field)

/**
 * Prepares the draft that corrects a rejected application: the answers sent from this device, except
 * the fields the reason names, which are left empty for the worker to fill in again.
 */
export function draftForCorrection(applicationId: string, reason: string): JoinDraft {
  const fields = fieldsNamedIn(reason)
  const sent = submitted.load()
  const empty = withoutIdNumber(EMPTY_VALUES)
  const base = sent?.applicationId === applicationId ? sent : { values: empty, enterprise: null }
  const values = { ...base.values }
  for (const field of fields) if (field !== 'idNumber') values[field] = empty[field]
  const enterprise = fields.includes('employer') ? null : base.enterprise
  const draft = { values, enterprise, review: { reason, fields } }
  drafts.save(draft)
  idNumberInMemory = ''
  return draft
}
