import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AccessService, stillThere } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { User } from '../auth/user.entity';
import { Page, pageOf } from '../common/page';
import { transactionWithRetry } from '../common/transaction-retry';
import { publishEvent } from '../jobs/domain-events';
import { Member } from '../membership/member.entity';
import { MembershipApplication } from '../membership/membership-application.entity';
import { Org } from '../orgs/org.entity';
import { BenefitClaim } from './benefit-claim.entity';
import { adminClaimView, claimView } from './benefit-views';
import { promoteFirstWaitlisted, releaseHold } from './claim-places';
import { transition } from './claim-state';
import { ClaimsService, ClaimWithPlace, lockClaim, withPlace } from './claims.service';
import { ListClaimsQuery } from './dto/admin-claims.dto';
import { AdminClaimView, ClaimView } from './dto/benefit-views.dto';

type ListedClaim = ClaimWithPlace & { member: Member; application: MembershipApplication | null; redeemer: User | null; redeemedOrg: Org | null };

/** Staff's view of claims in their part of the tree, and the review of claims that need approval. */
@Injectable()
export class AdminClaimsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(BenefitClaim) private readonly claims: Repository<BenefitClaim>,
    private readonly claimsService: ClaimsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(staff: AuthUser, query: ListClaimsQuery): Promise<Page<AdminClaimView>> {
    const builder = withPlace(this.claims.createQueryBuilder('claim'))
      .innerJoinAndMapOne('claim.member', Member, 'member', 'member.id = claim.memberId')
      .leftJoinAndMapOne('claim.application', MembershipApplication, 'application', 'application.id = member.applicationId')
      .leftJoinAndMapOne('claim.redeemer', User, 'redeemer', 'redeemer.id = claim.redeemedBy')
      .leftJoinAndMapOne('claim.redeemedOrg', Org, 'redeemedOrg', 'redeemedOrg.id = claim.redeemedOrgId')
      .orderBy('claim.arrival', 'ASC')
      .addOrderBy('claim.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    if (query.programmeId) builder.andWhere('claim.programmeId = :programmeId', { programmeId: query.programmeId });
    if (query.status) builder.andWhere('claim.status = :status', { status: query.status });
    this.access.restrictToScope(builder, staff, Permission.ClaimRead, 'programme.orgId');
    const [rows, total] = await builder.getManyAndCount();
    const items = (rows as ListedClaim[]).map((claim) =>
      adminClaimView(claim, claim.programme, claim.session, {
        memberNumber: claim.member.memberNumber,
        memberName: claim.application?.name ?? null,
        redeemer: claim.redeemer,
        redeemedOrg: claim.redeemedOrg,
      }),
    );
    return pageOf(items, total, query);
  }

  approve(staff: AuthUser, claimId: string): Promise<ClaimView> {
    return this.review(staff, claimId, 'approve', null);
  }

  reject(staff: AuthUser, claimId: string, reason: string): Promise<ClaimView> {
    return this.review(staff, claimId, 'reject', reason);
  }

  private async review(staff: AuthUser, claimId: string, event: 'approve' | 'reject', reason: string | null) {
    await this.access.requireAccess(staff, Permission.ClaimReview, claimId);
    const found = stillThere(await this.claimsService.findWithPlace(claimId), 'claim');
    const { programme, session } = found;
    return transactionWithRetry(this.dataSource, async (manager) => {
      const claim = await lockClaim(manager, found.id);
      const before = claim.status;
      const after = transition(before, event);
      const change =
        event === 'approve' ? { status: after, reviewedBy: staff.id, confirmedAt: new Date() } : { status: after, reviewedBy: staff.id, rejectReason: reason };
      await manager.update(BenefitClaim, { id: claim.id }, change);
      await releaseHold(manager, programme, claim, before, after);
      const promoted = event === 'reject' ? await promoteFirstWaitlisted(manager, programme, claim.sessionId, this.audit) : null;
      if (after === 'confirmed') await publishEvent(manager, 'claim.confirmed', { claimId: claim.id, programmeId: programme.id, orgId: programme.orgId });
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: `benefit.claim.${event === 'approve' ? 'approved' : 'rejected'}`,
          entityType: 'benefit_claim',
          entityId: claim.id,
          orgId: programme.orgId,
          detail: { reason, promotedClaimId: promoted },
        },
        manager,
      );
      return claimView(Object.assign(claim, change), programme, session);
    });
  }
}
