import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, maskPhone } from '@kgh/shared';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { AppException } from '../common/app-exception';
import { Page, pageOf } from '../common/page';
import { rowsOf } from '../common/sql-rows';
import { AppConfig } from '../config/app-config';
import { decrypt } from '../crypto/secrets';
import { publishEvent } from '../jobs/domain-events';
import { Org } from '../orgs/org.entity';
import { ApplicationApprovedView, ApplicationRejectedView, ApplicationView, CardCheckView, IdNumberView } from './dto/membership-views.dto';
import { Member } from './member.entity';
import { verifyCardPayload } from './member-card';
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

  async list(staff: AuthUser, query: ListApplicationsQuery): Promise<Page<ApplicationView>> {
    const builder = this.applications
      .createQueryBuilder('application')
      .innerJoinAndMapOne('application.targetOrg', Org, 'target', 'target.id = application.targetOrgId')
      .orderBy('application.submittedAt', 'ASC')
      .addOrderBy('application.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    if (query.status) builder.andWhere('application.status = :status', { status: query.status });
    this.access.restrictToScope(builder, staff, Permission.ApplicationRead, 'application.targetOrgId');
    const [rows, total] = await builder.getManyAndCount();
    return pageOf(
      rows.map((row) => this.view(row as MembershipApplication & { targetOrg: Org })),
      total,
      query,
    );
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

  async reject(staff: AuthUser, applicationId: string, reason: string): Promise<ApplicationRejectedView> {
    await this.access.requireAccess(staff, Permission.ApplicationReview, applicationId);
    return this.dataSource.transaction(async (manager) => {
      const reviewed = await this.markReviewed(manager, applicationId, { status: 'rejected', reviewedBy: staff.id, rejectReason: reason.trim() });
      await this.audit.record(
        {
          actorUserId: staff.id,
          action: 'membership.application.rejected',
          entityType: 'membership_application',
          entityId: reviewed.id,
          orgId: reviewed.targetOrgId,
          detail: { reason: reviewed.rejectReason },
        },
        manager,
      );
      return { id: reviewed.id, status: reviewed.status, rejectReason: reviewed.rejectReason };
    });
  }

  /** The whole ID number, for staff who must check it against a document; every read is audited. */
  async revealIdNumber(staff: AuthUser, applicationId: string): Promise<IdNumberView> {
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
    });
    return { idNumber: decrypt(idNumberEncrypted, this.config.keys.piiEncryption) };
  }

  /** Checks a scanned e-card: signature first, then that the member still exists. */
  async verifyCard(payload: string): Promise<CardCheckView> {
    const claims = verifyCardPayload(payload, this.config.keys.card);
    const member = claims && (await this.members.findOneBy({ id: claims.i, memberNumber: claims.m }));
    if (!member) throw new AppException(ErrorCode.NotFound, '会员卡无效');
    return { valid: true, memberNumber: member.memberNumber, unionOrgId: member.unionOrgId, joinedAt: member.joinedAt };
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

  private view(application: MembershipApplication & { targetOrg: Org }): ApplicationView {
    return {
      id: application.id,
      name: application.name,
      idNumberMasked: application.idNumberMasked,
      phoneMasked: maskPhone(application.phone),
      gender: application.gender,
      occupation: application.occupation,
      employer: application.employer,
      townCode: application.townCode,
      targetOrg: { id: application.targetOrg.id, name: application.targetOrg.name },
      status: application.status,
      rejectReason: application.rejectReason,
      consentVersion: application.consentVersion,
      submittedAt: application.submittedAt,
      reviewedAt: application.reviewedAt,
    };
  }
}
