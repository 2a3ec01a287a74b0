import { api, ApiError } from '../../services/api'
import { newIdempotencyKey } from '../../services/idempotency-key'
import type { Schema } from '@kgh/api-client'

/** One intended claim: its body and the Idempotency-Key every send of it carries. */
export interface ClaimAttempt {
  programmeId: string
  sessionId: string | null
  key: string
}

export function newClaimAttempt(programmeId: string, sessionId: string | null): ClaimAttempt {
  return { programmeId, sessionId, key: newIdempotencyKey() }
}

export const isSameClaim = (attempt: ClaimAttempt | null, programmeId: string, sessionId: string | null): attempt is ClaimAttempt =>
  attempt !== null && attempt.programmeId === programmeId && attempt.sessionId === sessionId

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Sends the attempt; a failure that decided nothing (no answer, 5xx, timeout) is sent again with
 * the same key, so the server answers it once however often it arrives.
 */
export async function sendClaimAttempt(attempt: ClaimAttempt, retryDelaysMs: readonly number[]): Promise<Schema<'ClaimView'>> {
  for (let retry = 0; ; retry++) {
    try {
      return await api.claimBenefit(attempt.programmeId, attempt.sessionId, attempt.key)
    } catch (e) {
      if (!(e instanceof ApiError) || !e.transient || retry >= retryDelaysMs.length) throw e
      await sleep(retryDelaysMs[retry])
    }
  }
}
