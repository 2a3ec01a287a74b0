import type { ClaimStatus } from '@kgh/shared';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { BenefitClaim } from './benefit-claim.entity';
import type { BenefitProgramme } from './benefit-programme.entity';
import { HOLDS_BUDGET, HOLDS_PLACE, transition } from './claim-state';

// Places and money move only here, each with one conditional UPDATE inside the caller's
// transaction: of any number of concurrent claims, only as many succeed as there are places.
// Rows are always locked session first, then programme, so two transactions never deadlock.

/** Runs one UPDATE and tells whether it changed a row (TypeORM gives UPDATEs back as [rows, affected]). */
export async function updatedRow(manager: EntityManager, sql: string, parameters: unknown[]): Promise<boolean> {
  const [, affected] = await manager.query(sql, parameters);
  return affected > 0;
}

/** Takes one place of the session and/or of the programme; false when either is full. */
export async function takePlace(manager: EntityManager, programme: BenefitProgramme, sessionId: string | null): Promise<boolean> {
  if (sessionId) {
    if (!(await updatedRow(manager, `UPDATE benefit_sessions SET remaining = remaining - 1 WHERE id = $1 AND remaining > 0`, [sessionId]))) return false;
  }
  if (programme.capacity !== null) {
    if (!(await updatedRow(manager, `UPDATE benefit_programmes SET remaining = remaining - 1 WHERE id = $1 AND remaining > 0`, [programme.id]))) return false;
  }
  return true;
}

/** Adds `costFen` to what the programme has spent, unless that would pass its budget. */
export async function spendBudget(manager: EntityManager, programme: BenefitProgramme, costFen: number): Promise<boolean> {
  if (programme.budgetFen === null || costFen === 0) return true;
  return updatedRow(manager, `UPDATE benefit_programmes SET spent_fen = spent_fen + $2 WHERE id = $1 AND spent_fen + $2 <= budget_fen`, [programme.id, costFen]);
}

/** Gives back the place and the money a claim stops holding as it moves from `before` to `after`. */
export async function releaseHold(
  manager: EntityManager,
  programme: Pick<BenefitProgramme, 'id' | 'capacity' | 'budgetFen'>,
  claim: Pick<BenefitClaim, 'sessionId' | 'costFen'>,
  before: ClaimStatus,
  after: ClaimStatus,
): Promise<void> {
  if (HOLDS_PLACE.includes(before) && !HOLDS_PLACE.includes(after)) {
    if (claim.sessionId) await manager.query(`UPDATE benefit_sessions SET remaining = remaining + 1 WHERE id = $1`, [claim.sessionId]);
    if (programme.capacity !== null) await manager.query(`UPDATE benefit_programmes SET remaining = remaining + 1 WHERE id = $1`, [programme.id]);
  }
  if (HOLDS_BUDGET.includes(before) && !HOLDS_BUDGET.includes(after) && programme.budgetFen !== null && claim.costFen > 0) {
    await manager.query(`UPDATE benefit_programmes SET spent_fen = spent_fen - $2 WHERE id = $1`, [programme.id, claim.costFen]);
  }
}

/**
 * Confirms the first waitlisted claim of the session (or programme) if a place and its cost are
 * free — called in the transaction that freed the place. Returns the promoted claim's id.
 */
export async function promoteFirstWaitlisted(manager: EntityManager, programme: BenefitProgramme, sessionId: string | null, audit: AuditService): Promise<string | null> {
  if (!programme.hasWaitlist) return null;
  const [next] = await manager.query(
    `SELECT id, cost_fen FROM benefit_claims
      WHERE programme_id = $1 AND session_id IS NOT DISTINCT FROM $2 AND status = 'waitlisted'
      ORDER BY arrival LIMIT 1 FOR UPDATE SKIP LOCKED`,
    [programme.id, sessionId],
  );
  if (!next) return null;
  await manager.query('SAVEPOINT promote');
  if (!(await takePlace(manager, programme, sessionId)) || !(await spendBudget(manager, programme, next.cost_fen))) {
    await manager.query('ROLLBACK TO SAVEPOINT promote');
    return null;
  }
  const status = transition('waitlisted', programme.requiresApproval ? 'promote_for_review' : 'promote');
  await manager.query(`UPDATE benefit_claims SET status = $2, confirmed_at = CASE WHEN $2 = 'confirmed' THEN now() END WHERE id = $1`, [next.id, status]);
  await audit.record({ actorUserId: null, action: 'benefit.claim.promoted', entityType: 'benefit_claim', entityId: next.id, orgId: programme.orgId, detail: { status } }, manager);
  return next.id;
}
