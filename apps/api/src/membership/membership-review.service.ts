import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type ApplicationField, ErrorCode } from '@kgh/shared';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AccessService, stillThere } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { User } from '../auth/user.entity';
import { AppException } from '../common/app-exception';
import { shanghaiDayEnd, shanghaiDayStart } from '../common/calendar-day';
import { accountRef } from '../common/dto/account-ref.dto';
import { Page, pageOf } from '../common/page';
import { rowsOf } from '../common/sql-rows';
import { AppConfig } from '../config/app-config';
import { decrypt } from '../crypto/secrets';
import { publishEvent } from '../jobs/domain-events';
import { inSubtreeSql } from '../orgs/org-subtree';
import { Org } from '../orgs/org.entity';
import { applicationView } from './application-view';
import {
  ApplicationApprovedView,
  ApplicationDetailView,
  ApplicationRejectedView,
  ApplicationView,
  BulkApproveResultView,
  CardCheckView,
  IdNumberView,
} from './dto/membership-views.dto';
import { Member } from './member.entity';
import { verifyCardPayload } from './member-card';
import { memberFacts } from './member-facts';
import { memberNumber } from './member-number';
import { ListApplicationsQuery } from './membership.dto';
import { MembershipApplication } from './membership-application.entity';

/** Staff's side of membership, always within the caller's part of the union tree. */
@Injectable()
export class MembershipReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(MembershipApplication) private readonly applications: Repository<MembershipApplication>,
    @InjectRepository(Member) private readonly members: Repository<Member>,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** The review queue: filtered, in the caller's scope, oldest submission first. */
  async list(staff: AuthUser, query: ListApplicationsQuery): Promise<Page<ApplicationView>> {
    const builder = this.applications
      .createQueryBuilder('application')
      .innerJoinAndMapOne('application.targetOrg', Org, 'target', 'target.id = application.targetOrgId')
      .where('application.status = :status', { status: query.status })
      .orderBy('application.submittedAt', 'ASC')
      .addOrderBy('application.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    if (query.townCode) builder.andWhere('application.townCode = :townCode', { townCode: query.townCode });
    if (query.occupation) builder.andWhere('application.occupation = :occupation', { occupation: query.occupation });
    if (query.orgId) builder.andWhere(inSubtreeSql('application.targetOrgId', ':filterOrgId'), { filterOrgId: query.orgId });
    if (query.from) builder.andWhere('application.submittedAt >= :from', { from: shanghaiDayStart(query.from) });
    if (query.to) builder.andWhere('application.submittedAt < :to', { to: shanghaiDayEnd(query.to) });
    this.access.restrictToScope(builder, staff, Permission.ApplicationRead, 'application.targetOrgId');
    const [rows, total] = await builder.getManyAndCount();
    return pageOf(
      rows.map((row) => applicationView(row as MembershipApplication & { targetOrg: Org })),
      total,
      query,
    );
  }

  /** One application with its review; 404 outside the caller's scope. */
  async get(staff: AuthUser, applicationId: string): Promise<ApplicationDetailView> {
    await this.access.requireAccess(staff, Permission.ApplicationRead, applicationId);
    const application = stillThere(
      (await this.applications
        .createQueryBuilder('application')
        .innerJoinAndMapOne('application.targetOrg', Org, 'target', 'target.id = application.targetOrgId')
        .leftJoinAndMapOne('application.reviewer', User, 'reviewer', 'reviewer.id = application.reviewedBy')
        .leftJoinAndMapOne('application.member', Member, 'member', 'member.applicationId = application.id')
        .where('application.id = :applicationId', { applicationId })
        .getOne()) as (MembershipApplication & { targetOrg: Org; reviewer: User | null; member: Member | null }) | null,
      'application',
    );
    return {
      ...applicationView(application),
      reviewedBy: accountRef(application.reviewer),
      consentedAt: application.consentedAt,
      memberNumber: application.member?.memberNumber ?? null,
    };
  }

  async approve(staff: AuthUser, applicationId: string): Promise<ApplicationApprovedView> {
    await this.access.requireAccess(staff, Permission.ApplicationReview, applicationId);
    return this.dataSource.transaction(async (manager) => {
      const reviewed = await this.markReviewed(manager, applicationId, { status: 'approved', reviewedBy: staff.id });
      const [{ seq }] = await rowsOf<{ seq: string }>(manager, `SELECT nextval('member_number_seq') AS seq`);
      const joinedAt = reviewed.reviewedAt!;
      const member = await manager.save(
        manager.create(Member, {
          userId: reviewed.userId,
          applicationId: reviewed.id,
          idNumberIndex: reviewed.idNumberIndex,
          memberNumber: memberNumber(joinedAt, Number(seq)),
          unionOrgId: reviewed.targetOrgId,
          gender: reviewed.gender,
          occupation: reviewed.occupation,
          joinedAt,
        }),
      );
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: 'membership.application.approved',
          entityType: 'membership_application',
          entityId: reviewed.id,
          orgId: reviewed.targetOrgId,
          detail: { memberNumber: member.memberNumber },
        },
        manager,
      );
      await publishEvent(manager, 'application.approved', { applicationId: reviewed.id, memberId: member.id, orgId: reviewed.targetOrgId });
      return { id: reviewed.id, status: reviewed.status, memberNumber: member.memberNumber, joinedAt };
    });
  }

  async reject(staff: AuthUser, applicationId: string, reason: string, fields: ApplicationField[]): Promise<ApplicationRejectedView> {
    await this.access.requireAccess(staff, Permission.ApplicationReview, applicationId);
    return this.dataSource.transaction(async (manager) => {
      const reviewed = await this.markReviewed(manager, applicationId, {
        status: 'rejected',
        reviewedBy: staff.id,
        rejectReason: reason.trim(),
        rejectFields: fields,
      });
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: 'membership.application.rejected',
          entityType: 'membership_application',
          entityId: reviewed.id,
          orgId: reviewed.targetOrgId,
          detail: { reason: reviewed.rejectReason, fields },
        },
        manager,
      );
      return { id: reviewed.id, status: reviewed.status, rejectReason: reviewed.rejectReason, rejectFields: reviewed.rejectFields };
    });
  }

  /**
   * Approves each application on its own, as the single approval does (its own transaction, audit
   * row and event); one that cannot be approved is reported with its error and stops nothing.
   */
  async bulkApprove(staff: AuthUser, ids: string[]): Promise<BulkApproveResultView> {
    await this.access.requireAccess(staff, Permission.ApplicationReview);
    const result: BulkApproveResultView = { approved: [], failed: [] };
    for (const id of new Set(ids.map((id) => id.toLowerCase()))) {
      try {
        await this.approve(staff, id);
        result.approved.push(id);
      } catch (error) {
        if (!(error instanceof AppException)) throw error;
        result.failed.push({ id, code: error.code, message: error.message });
      }
    }
    return result;
  }

  /** The whole ID number, for staff who must check it against a document; every read is audited with its reason. */
  async revealIdNumber(staff: AuthUser, applicationId: string, reason: string): Promise<IdNumberView> {
    await this.access.requireAccess(staff, Permission.ApplicationIdNumberRead, applicationId);
    const { id, targetOrgId, idNumberEncrypted } = await this.applications
      .createQueryBuilder('a')
      .addSelect('a.idNumberEncrypted')
      .where({ id: applicationId })
      .getOneOrFail();
    await this.audit.record({
      actorUserId: staff.id,
      action: 'membership.id_number.revealed',
      entityType: 'membership_application',
      entityId: id,
      orgId: targetOrgId,
      detail: { reason: reason.trim() },
    });
    return { idNumber: decrypt(idNumberEncrypted, this.config.keys.piiEncryption) };
  }

  /**
   * Checks a scanned e-card: signature first, then that the member still exists; answers what the
   * host matches against the person (masked name, last four ID digits) and audits that read.
   */
  async verifyCard(checker: AuthUser, payload: string): Promise<CardCheckView> {
    const claims = verifyCardPayload(payload, this.config.keys.card);
    const facts = claims && (await memberFacts(this.members, claims.i, this.config.keys.piiEncryption));
    if (!facts || facts.memberNumber !== claims.m) throw new AppException(ErrorCode.NotFound, '会员卡无效');
    await this.audit.record({
      actorUserId: checker.id,
      action: 'membership.card.verified',
      entityType: 'member',
      entityId: facts.memberId,
      orgId: facts.unionOrgId,
      detail: { read: ['name', 'id_number_last4'] },
    });
    const { memberId: _memberId, ...shown } = facts;
    return { valid: true, ...shown };
  }

  // One conditional update: of two reviewers racing, exactly one moves the application.
  private async markReviewed(manager: EntityManager, id: string, change: Partial<MembershipApplication>): Promise<MembershipApplication> {
    const result = await manager
      .createQueryBuilder()
      .update(MembershipApplication)
      .set({ ...change, reviewedAt: () => 'now()' })
      .where('id = :id AND status = :pending', { id, pending: 'pending' })
      .returning('*')
      .execute();
    if (result.affected !== 1) throw new AppException(ErrorCode.ApplicationNotPending, '该申请已审核，不能重复处理');
    return manager.findOneByOrFail(MembershipApplication, { id });
  }
}
