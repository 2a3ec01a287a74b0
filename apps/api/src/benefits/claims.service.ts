import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ClaimStatus, ErrorCode } from '@kgh/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { AppException, notFound } from '../common/app-exception';
import { violates, violatesForeignKey } from '../common/database-errors';
import { Page, pageOf } from '../common/page';
import { PageQuery } from '../common/page.query';
import { rowsOf } from '../common/sql-rows';
import { transactionWithRetry } from '../common/transaction-retry';
import { publishEvent } from '../jobs/domain-events';
import { BenefitClaim } from './benefit-claim.entity';
import { BenefitProgramme } from './benefit-programme.entity';
import { BenefitSession } from './benefit-session.entity';
import { claimView } from './benefit-views';
import { cancellationDeadline } from './cancellation';
import { claimCostFen } from './claim-cost';
import { claimPeriodKey } from './claim-period';
import { promoteFirstWaitlisted, releaseHold, TakeResult, takePlace } from './claim-places';
import { HOLDS_PLACE, transition } from './claim-state';
import { ClaimView } from './dto/benefit-views.dto';
import { ClaimBenefitDto } from './dto/claim.dto';
import { refusal } from './eligibility';
import { IdempotencyService, Remember } from './idempotency.service';
import { ProgrammesService } from './programmes.service';
import { waitlistPositionSql } from './waitlist-position';

/** A claim loaded with its programme and session, so a list of them costs one query, not two per row. */
export type ClaimWithPlace = BenefitClaim & { programme: BenefitProgramme; session: BenefitSession | null };

/** Joins each claim's programme and session (as `claim.programme`, `claim.session`) onto a query of claims aliased `claim`. */
export function withPlace(query: SelectQueryBuilder<BenefitClaim>): SelectQueryBuilder<BenefitClaim> {
  return query
    .innerJoinAndMapOne('claim.programme', BenefitProgramme, 'programme', 'programme.id = claim.programmeId')
    .leftJoinAndMapOne('claim.session', BenefitSession, 'session', 'session.id = claim.sessionId');
}

// Thrown only to roll back the quick attempt's claim when the batch is full (a transaction that
// returns commits), and caught right around it: the careful way then runs (and joins the waitlist).
class BatchFull extends Error {}

/** A member's claims: make one (idempotently, never past places or budget), list them, cancel. */
@Injectable()
export class ClaimsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(BenefitClaim) private readonly claims: Repository<BenefitClaim>,
    private readonly programmes: ProgrammesService,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
  ) {}

  claim(user: AuthUser, programmeId: string, dto: ClaimBenefitDto, idempotencyKey: string | undefined): Promise<ClaimView> {
    const request = { route: 'benefits.claim', programmeId, sessionId: dto.sessionId ?? null };
    return this.idempotency.run<ClaimView>(user.id, idempotencyKey, request, (remember) => this.claimOnce(user, programmeId, dto, remember));
  }

  async mine(user: AuthUser, query: PageQuery): Promise<Page<ClaimView>> {
    const [claims, total] = (await withPlace(this.claims.createQueryBuilder('claim'))
      .where('claim.userId = :userId', { userId: user.id })
      .orderBy('claim.createdAt', 'DESC')
      .addOrderBy('claim.id', 'DESC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount()) as [ClaimWithPlace[], number];
    return pageOf(
      claims.map((claim) => claimView(claim, claim.programme, claim.session)),
      total,
      query,
    );
  }

  /** One of the caller's own claims (anyone else's is a 404), with its place in the queue while waitlisted. */
  async one(user: AuthUser, claimId: string): Promise<ClaimView> {
    const claim = await this.findWithPlace(claimId, user.id);
    if (!claim) throw notFound('福利申领');
    const view = claimView(claim, claim.programme, claim.session);
    if (claim.status !== 'waitlisted') return view;
    const [{ position }] = await rowsOf<{ position: number }>(
      this.claims,
      `SELECT ${waitlistPositionSql('c')} AS position FROM benefit_claims c WHERE c.id = $1`,
      [claim.id],
    );
    return { ...view, waitlistPosition: position };
  }

  async cancel(user: AuthUser, claimId: string): Promise<ClaimView> {
    const owned = await this.findWithPlace(claimId, user.id);
    if (!owned) throw notFound('福利申领');
    const { programme, session } = owned;
    return transactionWithRetry(this.dataSource, async (manager) => {
      const claim = await lockClaim(manager, owned.id);
      const before = claim.status;
      const after = transition(before, 'cancel');
      if (before !== 'waitlisted' && new Date() > cancellationDeadline(programme, session)) {
        throw new AppException(ErrorCode.CancellationDeadlinePassed, '已过取消截止时间，不能取消');
      }
      Object.assign(claim, { status: after, cancelledAt: new Date() });
      await manager.update(BenefitClaim, { id: claim.id }, { status: after, cancelledAt: claim.cancelledAt });
      await releaseHold(manager, programme, claim, before, after);
      const promoted = HOLDS_PLACE.includes(before) ? await promoteFirstWaitlisted(manager, programme, claim.sessionId, this.audit) : null;
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'benefit.claim.cancelled',
          entityType: 'benefit_claim',
          entityId: claim.id,
          orgId: programme.orgId,
          detail: { from: before, promotedClaimId: promoted },
        },
        manager,
      );
      return claimView(claim, programme, session);
    });
  }

  /** The claim (the owner's, when `userId` is given) with its programme, open or closed, and session: for views and for freeing its place. */
  async findWithPlace(claimId: string, userId?: string): Promise<ClaimWithPlace | null> {
    const query = withPlace(this.claims.createQueryBuilder('claim')).where('claim.id = :claimId', { claimId });
    if (userId) query.andWhere('claim.userId = :userId', { userId });
    return (await query.getOne()) as ClaimWithPlace | null;
  }

  private async claimOnce(user: AuthUser, programmeId: string, dto: ClaimBenefitDto, remember: Remember<ClaimView>): Promise<ClaimView> {
    const { programme, session: named, context } = await this.programmes.claimContext(user.id, programmeId, dto.sessionId ?? null);
    const session = sessionFor(programme, dto.sessionId, named);
    const now = new Date();
    const eligibility = this.programmes.eligibilityOf(programme, context, now, session);
    if (!eligibility.eligible) throw refusal(eligibility);
    const member = context.member!;
    const costFen = claimCostFen(programme, member.gender);
    const sessionId = session?.id ?? null;
    const intended: ClaimStatus = programme.requiresApproval ? 'pending_review' : 'confirmed';
    const record = async (manager: EntityManager, status: ClaimStatus): Promise<ClaimView> => {
      const claim = manager.create(BenefitClaim, {
        id: randomUUID(),
        programmeId: programme.id,
        sessionId,
        memberId: member.id,
        userId: user.id,
        status,
        periodKey: claimPeriodKey(programme.claimPeriod, now, sessionId),
        costFen,
        confirmedAt: status === 'confirmed' ? now : null,
        // Spelled out so the answer has every field GET /claims/{id} has.
        rejectReason: null,
        cancelledAt: null,
        redeemedAt: null,
        redeemedPlace: null,
      });
      // Plain SQL on the hot path: TypeORM's insert costs more CPU than the statement itself. The
      // waitlist position comes back with it, so a storm's waitlisted claims pay no extra round trip.
      const [inserted] = await rowsOf<{ arrival: string; created_at: Date; waitlist_position: number | null }>(
        manager,
        `INSERT INTO benefit_claims AS c (id, programme_id, session_id, member_id, user_id, status, period_key, cost_fen, confirmed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING arrival, created_at, ${waitlistPositionSql('c')} AS waitlist_position`,
        [claim.id, claim.programmeId, claim.sessionId, claim.memberId, claim.userId, claim.status, claim.periodKey, claim.costFen, claim.confirmedAt],
      );
      Object.assign(claim, { arrival: inserted.arrival, createdAt: inserted.created_at });
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'benefit.claim.created',
          entityType: 'benefit_claim',
          entityId: claim.id,
          orgId: programme.orgId,
          detail: { status, costFen, sessionId },
        },
        manager,
      );
      // Rolled back with the claim when the place is gone after all (see takePlace below).
      if (status === 'confirmed') await publishEvent(manager, 'claim.confirmed', { claimId: claim.id, programmeId: programme.id, orgId: programme.orgId });
      // Remembered with the position, so a replay of the request answers the same.
      const view: ClaimView =
        status === 'waitlisted'
          ? { ...claimView(claim, programme, session), waitlistPosition: inserted.waitlist_position! }
          : claimView(claim, programme, session);
      await remember(manager, view);
      return view;
    };
    const refuse = (result: TakeResult) =>
      result === 'no_budget' ? new AppException(ErrorCode.BudgetExhausted, '该项目经费已用完') : new AppException(ErrorCode.QuotaExhausted, '名额已满');
    try {
      // Write the claim first and take the place last, so the hot rows stay locked only until COMMIT.
      // Once the batch looked full, skip to the second way at once: most of a storm lands there.
      const looksFull = session?.remaining === 0 || programme.remaining === 0;
      const placed = looksFull
        ? null
        : await transactionWithRetry(this.dataSource, async (manager) => {
            const view = await record(manager, intended);
            const result = await takePlace(manager, programme, sessionId, costFen);
            if (result === 'taken') return view;
            throw result === 'full' ? new BatchFull() : refuse(result);
          }).catch((error: unknown) => {
            if (error instanceof BatchFull) return null;
            throw error;
          });
      if (placed) return placed;
      return await transactionWithRetry(this.dataSource, async (manager) => {
        // A cancellation with nobody waiting may have freed a place since: try for it first.
        const result = await takePlace(manager, programme, sessionId, costFen);
        if (result === 'taken') return record(manager, intended);
        if (result === 'no_budget' || !programme.hasWaitlist) throw refuse(result);
        return record(manager, 'waitlisted');
      });
    } catch (error) {
      // Two requests of one member racing past the eligibility read: the partial unique index decides.
      if (violates(error, 'uq_benefit_claims_live')) throw new AppException(ErrorCode.AlreadyClaimed, '您在本期已申领过该福利');
      // Staff deleted the programme or the session while the claim was being made.
      if (violatesForeignKey(error, 'fk_benefit_claims_programme')) throw notFound('福利项目');
      if (violatesForeignKey(error, 'fk_benefit_claims_session')) throw notFound('福利批次');
      throw error;
    }
  }
}

/** The claim's session: required where the programme has sessions, refused where it has none. */
function sessionFor(programme: BenefitProgramme, sessionId: string | undefined, named: BenefitSession | null): BenefitSession | null {
  if (!sessionId) {
    if (!programme.hasSessions) return null;
    throw new AppException(ErrorCode.ValidationFailed, '请选择批次', [{ field: 'sessionId', message: '该项目需要选择批次' }]);
  }
  if (!programme.hasSessions) throw new AppException(ErrorCode.ValidationFailed, '该项目无需选择批次', [{ field: 'sessionId', message: '该项目没有批次' }]);
  if (!named) throw notFound('福利批次');
  return named;
}

/** Locks the claim row, so its status can be checked and changed without a racing change in between. */
export async function lockClaim(manager: EntityManager, id: string): Promise<BenefitClaim> {
  return manager.findOneOrFail(BenefitClaim, { where: { id }, lock: { mode: 'pessimistic_write' } });
}
