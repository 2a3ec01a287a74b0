import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/app-exception';
import { Member } from '../membership/member.entity';
import { OrgsService } from '../orgs/orgs.service';
import { BenefitClaim } from './benefit-claim.entity';
import { BenefitProgramme } from './benefit-programme.entity';
import { claimView } from './benefit-views';
import { promoteFirstWaitlisted, releaseHold } from './claim-places';
import { transition } from './claim-state';
import { ClaimsService, lockClaim } from './claims.service';
import { ListClaimsQuery } from './dto/admin-claims.dto';

/** Staff's view of claims in their part of the tree, and the review of claims that need approval. */
@Injectable()
export class AdminClaimsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(BenefitClaim) private readonly claims: Repository<BenefitClaim>,
    private readonly claimsService: ClaimsService,
    private readonly orgs: OrgsService,
    private readonly audit: AuditService,
  ) {}

  async list(staff: AuthUser, query: ListClaimsQuery) {
    const builder = this.claims
      .createQueryBuilder('claim')
      .innerJoin(BenefitProgramme, 'programme', 'programme.id = claim.programmeId')
      .innerJoinAndMapOne('claim.member', Member, 'member', 'member.id = claim.memberId')
      .orderBy('claim.arrival', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    if (query.programmeId) builder.andWhere('claim.programmeId = :programmeId', { programmeId: query.programmeId });
    if (query.status) builder.andWhere('claim.status = :status', { status: query.status });
    this.orgs.restrictToSubtree(builder, 'programme.orgId', staff);
    const [rows, total] = await builder.getManyAndCount();
    const items = [];
    for (const claim of rows as (BenefitClaim & { member: Member })[]) {
      const { programme, session } = await this.claimsService.placeOf(claim);
      items.push({ ...claimView(claim, programme, session), memberNumber: claim.member.memberNumber, redeemedBy: claim.redeemedBy });
    }
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  approve(staff: AuthUser, claimId: string) {
    return this.review(staff, claimId, 'approve', null);
  }

  reject(staff: AuthUser, claimId: string, reason: string) {
    return this.review(staff, claimId, 'reject', reason);
  }

  private async review(staff: AuthUser, claimId: string, event: 'approve' | 'reject', reason: string | null) {
    const found = await this.claims.findOneBy({ id: claimId });
    const place = found && (await this.claimsService.placeOf(found));
    if (!found || !place || !(await this.orgs.isInSubtreeOf(staff, place.programme.orgId))) throw notFound('福利申领');
    const { programme, session } = place;
    return this.dataSource.transaction(async (manager) => {
      const claim = await lockClaim(manager, found.id);
      const before = claim.status;
      const after = transition(before, event);
      const change = event === 'approve' ? { status: after, reviewedBy: staff.id, confirmedAt: new Date() } : { status: after, reviewedBy: staff.id, rejectReason: reason };
      await manager.update(BenefitClaim, { id: claim.id }, change);
      await releaseHold(manager, programme, claim, before, after);
      const promoted = event === 'reject' ? await promoteFirstWaitlisted(manager, programme, claim.sessionId, this.audit) : null;
      await this.audit.record(
        { actorUserId: staff.id, action: `benefit.claim.${event === 'approve' ? 'approved' : 'rejected'}`, entityType: 'benefit_claim', entityId: claim.id, orgId: programme.orgId, detail: { reason, promotedClaimId: promoted } },
        manager,
      );
      return claimView(Object.assign(claim, change), programme, session);
    });
  }
}
