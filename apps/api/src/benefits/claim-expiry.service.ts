import type { ClaimStatus } from '@kgh/shared';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { JobsService } from '../jobs/jobs.service';
import { releaseHold } from './claim-places';
import { statusesBefore, transition } from './claim-state';
import { promoteStranded } from './waitlist-sweep';

/**
 * The benefits' scheduled work: claims not redeemed by the end of their session (or of the
 * programme's period) expire and their money goes back; waitlisted claims take places left free.
 * Each is a schedule of the job runner, every minute, once across all API processes.
 */
@Injectable()
export class ClaimExpiryService implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule('claim-expiry', '* * * * *', () => this.expireEnded());
    await this.jobs.schedule('waitlist-sweep', '* * * * *', () => promoteStranded(this.dataSource, this.audit));
  }

  /** Expires every due claim in one transaction; returns how many. Callable from tests. */
  async expireEnded(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due: {
        id: string;
        status: ClaimStatus;
        session_id: string | null;
        cost_fen: number;
        programme_id: string;
        org_id: string;
        capacity: number | null;
      }[] = await manager.query(
        `SELECT c.id, c.status, c.session_id, c.cost_fen, c.programme_id, p.org_id, p.capacity
             FROM benefit_claims c
             JOIN benefit_programmes p ON p.id = c.programme_id
             LEFT JOIN benefit_sessions s ON s.id = c.session_id
            WHERE c.status = ANY($1) AND COALESCE(s.ends_at, p.period_end) <= $2
            FOR UPDATE OF c SKIP LOCKED`,
        [statusesBefore('expire'), now],
      );
      for (const claim of due) {
        const after = transition(claim.status, 'expire');
        await manager.query(`UPDATE benefit_claims SET status = $2 WHERE id = $1`, [claim.id, after]);
        // The session is over, so the place stays used; the money was never paid out and goes back.
        await releaseHold(
          manager,
          { id: claim.programme_id, capacity: claim.capacity },
          { sessionId: claim.session_id, costFen: claim.cost_fen },
          claim.status,
          after,
        );
        await this.audit.record(
          {
            actorUserId: null,
            action: 'benefit.claim.expired',
            entityType: 'benefit_claim',
            entityId: claim.id,
            orgId: claim.org_id,
            detail: { from: claim.status },
          },
          manager,
        );
      }
      return due.length;
    });
  }
}
