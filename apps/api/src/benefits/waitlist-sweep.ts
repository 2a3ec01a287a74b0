import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { transactionWithRetry } from '../common/transaction-retry';
import { BenefitProgramme } from './benefit-programme.entity';
import { promoteFirstWaitlisted } from './claim-places';

/**
 * Confirms waitlisted claims where a place stands free. A cancellation promotes in its own
 * transaction, but a claim that found the batch full just before that cancellation committed is
 * written to the waitlist after the promotion looked: this sweep closes that gap.
 * Returns how many claims it promoted.
 */
export async function promoteStranded(dataSource: DataSource, audit: AuditService): Promise<number> {
  const stranded: { programme_id: string; session_id: string | null }[] = await dataSource.query(
    `SELECT DISTINCT c.programme_id, c.session_id
       FROM benefit_claims c
       JOIN benefit_programmes p ON p.id = c.programme_id
       LEFT JOIN benefit_sessions s ON s.id = c.session_id
      WHERE c.status = 'waitlisted' AND p.has_waitlist
        AND (s.id IS NULL OR s.remaining > 0)
        AND (p.remaining IS NULL OR p.remaining > 0)`,
  );
  let promoted = 0;
  for (const { programme_id, session_id } of stranded) {
    for (;;) {
      const claimId = await transactionWithRetry(dataSource, async (manager) =>
        promoteFirstWaitlisted(manager, await manager.findOneByOrFail(BenefitProgramme, { id: programme_id }), session_id, audit),
      );
      if (!claimId) break;
      promoted += 1;
    }
  }
  return promoted;
}
