import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ClaimStatus, ErrorCode } from '@kgh/shared';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { AppException, notFound } from '../common/app-exception';
import { violates, violatesForeignKey } from '../common/database-errors';
import { transactionWithRetry } from '../common/transaction-retry';
import { BenefitClaim } from './benefit-claim.entity';
import { BenefitProgramme } from './benefit-programme.entity';
import { BenefitSession } from './benefit-session.entity';
import { claimView } from './benefit-views';
import { cancellationDeadline } from './cancellation';
import { claimCostFen } from './claim-cost';
import { claimPeriodKey } from './claim-period';
import { promoteFirstWaitlisted, releaseHold, TakeResult, takePlace } from './claim-places';
import { HOLDS_PLACE, transition } from './claim-state';
import { ClaimBenefitDto } from './dto/claim.dto';
import { refusal } from './eligibility';
import { IdempotencyService, Remember } from './idempotency.service';
import { ProgrammesService } from './programmes.service';

export type ClaimView = ReturnType<typeof claimView>;

/** Rolls back a claim that found the batch full, to try again the careful way (and join the waitlist). */
const TRY_AGAIN_FULL = Symbol('full');

/** A member's claims: make one (idempotently, never past places or budget), list them, cancel. */
@Injectable()
export class ClaimsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(BenefitClaim) private readonly claims: Repository<BenefitClaim>,
    @InjectRepository(BenefitSession) private readonly sessions: Repository<BenefitSession>,
    private readonly programmes: ProgrammesService,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
  ) {}

  claim(user: AuthUser, programmeId: string, dto: ClaimBenefitDto, idempotencyKey: string | undefined): Promise<ClaimView> {
    const request = { route: 'benefits.claim', programmeId, sessionId: dto.sessionId ?? null };
    return this.idempotency.run<ClaimView>(user.id, idempotencyKey, request, (remember) => this.claimOnce(user, programmeId, dto, remember));
  }

  async mine(user: AuthUser) {
    const claims = await this.claims.find({ where: { userId: user.id }, order: { createdAt: 'DESC' } });
    const views = [];
    for (const claim of claims) {
      const { programme, session } = await this.placeOf(claim);
      views.push(claimView(claim, programme, session));
    }
    return { items: views };
  }

  async cancel(user: AuthUser, claimId: string): Promise<ClaimView> {
    const owned = await this.claims.findOneBy({ id: claimId, userId: user.id });
    if (!owned) throw notFound('福利申领');
    const { programme, session } = await this.placeOf(owned);
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
        { actorUserId: user.id, action: 'benefit.claim.cancelled', entityType: 'benefit_claim', entityId: claim.id, orgId: programme.orgId, detail: { from: before, promotedClaimId: promoted } },
        manager,
      );
      return claimView(claim, programme, session);
    });
  }

  /** The claim's programme and session, for views and for freeing its place. */
  async placeOf(claim: BenefitClaim): Promise<{ programme: BenefitProgramme; session: BenefitSession | null }> {
    const programme = await this.programmes.find(claim.programmeId);
    const session = claim.sessionId ? await this.sessions.findOneByOrFail({ id: claim.sessionId }) : null;
    return { programme, session };
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
      });
      // Plain SQL on the hot path: TypeORM's insert costs more CPU than the statement itself.
      const [inserted] = await manager.query(
        `INSERT INTO benefit_claims (id, programme_id, session_id, member_id, user_id, status, period_key, cost_fen, confirmed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING arrival, created_at`,
        [claim.id, claim.programmeId, claim.sessionId, claim.memberId, claim.userId, claim.status, claim.periodKey, claim.costFen, claim.confirmedAt],
      );
      Object.assign(claim, { arrival: inserted.arrival, createdAt: inserted.created_at });
      await this.audit.record(
        { actorUserId: user.id, action: 'benefit.claim.created', entityType: 'benefit_claim', entityId: claim.id, orgId: programme.orgId, detail: { status, costFen, sessionId } },
        manager,
      );
      const view = claimView(claim, programme, session);
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
            throw result === 'full' ? TRY_AGAIN_FULL : refuse(result);
          }).catch((error) => (error === TRY_AGAIN_FULL ? null : Promise.reject(error)));
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
