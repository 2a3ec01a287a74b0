import { useEffect, useRef } from 'react'
import type { EnterpriseChoice } from '../enterprise-picker'
import { EMPTY_VALUES, joinDraft, type JoinDraft } from './draft'
import type { JoinValues } from './validate'

/** Typing is saved once it pauses this long. */
export const DRAFT_SAVE_DELAY_MS = 300

/** The form as the worker left it: the draft on the device and the ID number held in memory. */
export function initialForm(): { values: JoinValues; enterprise: EnterpriseChoice; review?: JoinDraft['review']; restored: boolean } {
  const draft = joinDraft.load()
  // No draft, no ID number: signing out drops the draft, and the next person on the phone must not get it.
  const idNumber = draft ? joinDraft.idNumber() : ''
  const values = { ...EMPTY_VALUES, ...draft?.values, idNumber }
  // A correction needs the ID number again too, even when nothing else was kept.
  const restored = !!draft && (Object.values(draft.values).some(Boolean) || !!draft.review)
  return { values, enterprise: draft?.enterprise ?? null, review: draft?.review, restored }
}

/** Saves the answers as they are typed, once the typing pauses and when the form goes away. */
export function useDraftSaving(values: JoinValues, enterprise: EnterpriseChoice, review: JoinDraft['review']) {
  const pending = useRef(false)
  const latest = useRef({ values, enterprise, review })
  useEffect(() => {
    latest.current = { values, enterprise, review }
    if (!pending.current) return undefined
    // Memory costs nothing to write: the ID number is kept at once, the rest once the typing pauses.
    joinDraft.rememberIdNumber(values.idNumber)
    const timer = setTimeout(() => {
      pending.current = false
      joinDraft.save(values, enterprise, review)
    }, DRAFT_SAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [values, enterprise, review])
  useEffect(
    () => () => {
      if (pending.current) joinDraft.save(latest.current.values, latest.current.enterprise, latest.current.review)
    },
    [],
  )
  return {
    changed: () => {
      pending.current = true
    },
    /** Submitted or cleared: nothing is left to save. */
    settled: () => {
      pending.current = false
    },
  }
}
