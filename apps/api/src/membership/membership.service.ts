import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { CURRENT_CONSENT_VERSION, ErrorCode, maskName } from '@kgh/shared';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { AppException } from '../common/app-exception';
import { violates } from '../common/database-errors';
import { Enterprise } from '../census/enterprise.entity';
import { isSearchable } from '../census/enterprise-search';
import { AppConfig } from '../config/app-config';
import { Org } from '../orgs/org.entity';
import { applicationRecord } from './application-record';
import { ApplicationCreatedView, MemberCardView, MembershipStatusView } from './dto/membership-views.dto';
import { Member } from './member.entity';
import { signCardPayload } from './member-card';
import { ApplyForMembershipDto } from './membership.dto';
import { MembershipApplication } from './membership-application.entity';
import { routeApplication, routingReason } from './union-routing';

const LIVE_APPLICATION_CONSTRAINTS = ['uq_membership_applications_live_id_number', 'uq_membership_applications_live_user'];

/** A worker's side of membership: apply, follow the application, carry the card. */
@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(MembershipApplication) private readonly applications: Repository<MembershipApplication>,
    @InjectRepository(Member) private readonly members: Repository<Member>,
    @InjectRepository(Org) private readonly orgs: Repository<Org>,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async apply(user: AuthUser, dto: ApplyForMembershipDto): Promise<ApplicationCreatedView> {
    if (dto.consentVersion !== CURRENT_CONSENT_VERSION) {
      throw new AppException(ErrorCode.ConsentRequired, '请阅读并同意最新版隐私政策后再提交', [
        { field: 'consentVersion', message: `当前隐私政策版本为 ${CURRENT_CONSENT_VERSION}` },
      ]);
    }
    const enterprise = dto.enterpriseId ? await this.searchableEnterprise(dto.enterpriseId) : null;
    const target = routeApplication(dto.employer, dto.townCode, await this.orgs.find(), enterprise);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const application = await manager.save(
          manager.create(
            MembershipApplication,
            applicationRecord(dto, user.id, target.id, this.config.keys, routingReason(dto.employer, dto.townCode, target, enterprise)),
          ),
        );
        await this.audit.record(
          {
            actorUserId: user.id,
            action: 'membership.application.submitted',
            entityType: 'membership_application',
            entityId: application.id,
            orgId: target.id,
          },
          manager,
        );
        return { id: application.id, status: application.status, targetOrg: { id: target.id, name: target.name } };
      });
    } catch (error) {
      if (LIVE_APPLICATION_CONSTRAINTS.some((constraint) => violates(error, constraint))) {
        throw new AppException(ErrorCode.AlreadyApplied, '该身份证号或账号已有审核中的申请或已是会员，不能重复申请');
      }
      throw error;
    }
  }

  /** The census enterprise an application names: it must exist and be one the join form offers. */
  private async searchableEnterprise(id: string): Promise<Enterprise> {
    const enterprise = await this.dataSource.getRepository(Enterprise).findOneBy({ id });
    if (!enterprise || !isSearchable(enterprise.unionStatus)) {
      throw new AppException(ErrorCode.ValidationFailed, '所选企业不在普查名录中，请重新选择或填写工作单位名称', [
        { field: 'enterpriseId', message: '所选企业不存在或已外迁、注销' },
      ]);
    }
    return enterprise;
  }

  async status(user: AuthUser): Promise<MembershipStatusView> {
    const application = await this.applications.findOne({ where: { userId: user.id }, order: { submittedAt: 'DESC' } });
    if (!application) return { status: 'none', application: null, membership: null };
    const target = await this.orgs.findOneByOrFail({ id: application.targetOrgId });
    const member = await this.members.findOneBy({ userId: user.id });
    const union = member ? await this.orgs.findOneByOrFail({ id: member.unionOrgId }) : null;
    return {
      status: application.status,
      application: {
        id: application.id,
        status: application.status,
        submittedAt: application.submittedAt,
        reviewedAt: application.reviewedAt,
        rejectReason: application.rejectReason,
        targetOrg: { id: target.id, name: target.name },
      },
      membership: member && union ? { memberNumber: member.memberNumber, union: { id: union.id, name: union.name }, joinedAt: member.joinedAt } : null,
    };
  }

  async card(user: AuthUser): Promise<MemberCardView> {
    const member = await this.members.findOneBy({ userId: user.id });
    if (!member) throw new AppException(ErrorCode.NotAMember, '您还不是工会会员，入会申请通过后即可领取电子会员卡');
    const application = await this.applications.findOneByOrFail({ id: member.applicationId });
    const union = await this.orgs.findOneByOrFail({ id: member.unionOrgId });
    return {
      nameMasked: maskName(application.name),
      idNumberMasked: application.idNumberMasked,
      memberNumber: member.memberNumber,
      union: { id: union.id, name: union.name },
      joinedAt: member.joinedAt,
      qrPayload: signCardPayload({ m: member.memberNumber, i: member.id, t: Math.floor(Date.now() / 1000) }, this.config.keys.card),
    };
  }
}
