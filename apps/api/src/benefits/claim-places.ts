import type { ClaimStatus } from '@kgh/shared';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { rowsOf } from '../common/sql-rows';
import { publishEvent } from '../jobs/domain-events';
import type { BenefitClaim } from './benefit-claim.entity';
import type { BenefitProgramme } from './benefit-programme.entity';
import { HOLDS_BUDGET, HOLDS_PLACE, transition } from './claim-state';

// Places and money move only here, each with one conditional UPDATE inside the caller's
// transaction: of any number of concurrent claims, only as many succeed as there are places.
// Rows are always locked session first, then programme, so two transactions never deadlock.

export type TakeResult = 'taken' | 'full' | 'no_budget';

/**
 * Takes one place (of the session and/or the programme) and the claim's cost from the budget in
 * one statement: of any number of concurrent claims only as many succeed as there are places and
 * money, and nothing is taken unless all is. The caller sends it last before COMMIT, so the hot
 * rows stay locked for one round trip.
 */
export async function takePlace(manager: EntityManager, programme: BenefitProgramme, sessionId: string | null, costFen: number): Promise<TakeResult> {
  // spentFen counts every paid claim (the monthly report needs it), budget or not.
  const touchesProgramme = programme.capacity !== null || costFen > 0;
  if (!sessionId && !touchesProgramme) return 'taken';
  const [row] = await rowsOf<{ session_taken: boolean; programme_taken: boolean }>(
    manager,
    `WITH session AS (
       UPDATE benefit_sessions SET remaining = remaining - 1 WHERE $4 AND id = $1 AND remaining > 0 RETURNING id
     ), programme AS (
       UPDATE benefit_programmes
          SET remaining = remaining - CASE WHEN capacity IS NULL THEN 0 ELSE 1 END, spent_fen = spent_fen + $3
        WHERE $5 AND id = $2 AND (remaining IS NULL OR remaining > 0) AND (budget_fen IS NULL OR spent_fen + $3 <= budget_fen)
          AND (NOT $4 OR EXISTS (SELECT 1 FROM session))
       RETURNING remaining
     )
     SELECT EXISTS (SELECT 1 FROM session) AS session_taken, EXISTS (SELECT 1 FROM programme) AS programme_taken`,
    [sessionId, programme.id, costFen, sessionId !== null, touchesProgramme],
  );
  if (sessionId && !row.session_taken) return 'full';
  if (!touchesProgramme || row.programme_taken) return 'taken';
  // The session's place was taken but the programme had no place or money: give the place back.
  if (sessionId) await manager.query(`UPDATE benefit_sessions SET remaining = remaining + 1 WHERE id = $1`, [sessionId]);
  const [current] = await rowsOf<{ remaining: number | null }>(manager, `SELECT remaining FROM benefit_programmes WHERE id = $1`, [programme.id]);
  return current.remaining === 0 ? 'full' : 'no_budget';
}

/** Gives back the place and the money a claim stops holding as it moves from `before` to `after`. */
export async function releaseHold(
  manager: EntityManager,
  programme: Pick<BenefitProgramme, 'id' | 'capacity'>,
  claim: Pick<BenefitClaim, 'sessionId' | 'costFen'>,
  before: ClaimStatus,
  after: ClaimStatus,
): Promise<void> {
  if (HOLDS_PLACE.includes(before) && !HOLDS_PLACE.includes(after)) {
    if (claim.sessionId) await manager.query(`UPDATE benefit_sessions SET remaining = remaining + 1 WHERE id = $1`, [claim.sessionId]);
    if (programme.capacity !== null) await manager.query(`UPDATE benefit_programmes SET remaining = remaining + 1 WHERE id = $1`, [programme.id]);
  }
  if (HOLDS_BUDGET.includes(before) && !HOLDS_BUDGET.includes(after) && claim.costFen > 0) {
    await manager.query(`UPDATE benefit_programmes SET spent_fen = spent_fen - $2 WHERE id = $1`, [programme.id, claim.costFen]);
  }
}

/**
 * Confirms the first waitlisted claim of the session (or programme) if a place and its cost are
 * free — called in the transaction that freed the place. A claim whose cost no longer fits the
 * budget left (a woman's dearer checkup, say) keeps its place in the queue while the next one that
 * fits is served; otherwise arrival order. A session that has started takes nobody new.
 * Returns the promoted claim's id.
 */
export async function promoteFirstWaitlisted(
  manager: EntityManager,
  programme: BenefitProgramme,
  sessionId: string | null,
  audit: AuditService,
): Promise<string | null> {
  if (!programme.hasWaitlist) return null;
  for (;;) {
    const [next] = await rowsOf<{ id: string; cost_fen: number }>(
      manager,
      `SELECT c.id, c.cost_fen FROM benefit_claims c JOIN benefit_programmes p ON p.id = c.programme_id
        WHERE c.programme_id = $1 AND c.session_id IS NOT DISTINCT FROM $2 AND c.status = 'waitlisted'
          AND (p.budget_fen IS NULL OR p.spent_fen + c.cost_fen <= p.budget_fen)
          AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM benefit_sessions s WHERE s.id = $2 AND s.starts_at > now()))
        ORDER BY c.arrival LIMIT 1 FOR UPDATE OF c SKIP LOCKED`,
      [programme.id, sessionId],
    );
    if (!next) return null;
    const result = await takePlace(manager, programme, sessionId, next.cost_fen);
    if (result === 'full') return null;
    // 'no_budget': money was spent since the read above; look again with what is left now.
    if (result === 'no_budget') continue;
    const status = transition('waitlisted', programme.requiresApproval ? 'promote_for_review' : 'promote');
    await manager.query(`UPDATE benefit_claims SET status = $2, confirmed_at = CASE WHEN $2 = 'confirmed' THEN now() END WHERE id = $1`, [next.id, status]);
    await audit.record(
      { actorUserId: null, action: 'benefit.claim.promoted', entityType: 'benefit_claim', entityId: next.id, orgId: programme.orgId, detail: { status } },
      manager,
    );
    await publishEvent(manager, 'claim.promoted', { claimId: next.id, programmeId: programme.id, orgId: programme.orgId, status });
    return next.id;
  }
}
