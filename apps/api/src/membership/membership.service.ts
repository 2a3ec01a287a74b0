import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { CURRENT_CONSENT_VERSION, ErrorCode, maskName } from '@kgh/shared';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { AppException } from '../common/app-exception';
import { violates } from '../common/database-errors';
import { decrypt } from '../crypto/secrets';
import { Enterprise } from '../census/enterprise.entity';
import { isSearchable } from '../census/enterprise-search';
import { AppConfig } from '../config/app-config';
import { Org } from '../orgs/org.entity';
import { applicationRecord } from './application-record';
import { ApplicationAnswersView, ApplicationCreatedView, MemberCardView, MembershipStatusView } from './dto/membership-views.dto';
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
    const idNumber = dto.idNumber ?? (await this.correctedIdNumber(user, dto.correctsApplicationId!));
    const enterprise = dto.enterpriseId ? await this.searchableEnterprise(dto.enterpriseId) : null;
    const target = routeApplication(dto.employer, dto.townCode, await this.orgs.find(), enterprise);
    const reason = routingReason(dto.employer, dto.townCode, target, enterprise);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const application = await manager.save(
          manager.create(MembershipApplication, applicationRecord({ ...dto, idNumber }, user.id, target.id, this.config.keys, reason)),
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

  /** The ID number of the caller's own rejected application, which a correction keeps unless it sends another. */
  private async correctedIdNumber(user: AuthUser, applicationId: string): Promise<string> {
    const rejected = await this.applications.findOne({
      where: { id: applicationId, userId: user.id, status: 'rejected' },
      select: { id: true, idNumberEncrypted: true },
    });
    if (!rejected) {
      throw new AppException(ErrorCode.ValidationFailed, '要修改的申请不存在或不是未通过的申请，请填写身份证号', [
        { field: 'idNumber', message: '请输入身份证号' },
      ]);
    }
    return decrypt(rejected.idNumberEncrypted, this.config.keys.piiEncryption);
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
        answers: application.status === 'rejected' ? await this.answers(application) : null,
      },
      membership: member && union ? { memberNumber: member.memberNumber, union: { id: union.id, name: union.name }, joinedAt: member.joinedAt } : null,
    };
  }

  /** What a rejected application said, for its owner to correct: the ID number masked, the rest as sent. */
  private async answers(application: MembershipApplication): Promise<ApplicationAnswersView> {
    const enterprise = application.enterpriseId ? await this.dataSource.getRepository(Enterprise).findOneBy({ id: application.enterpriseId }) : null;
    return {
      name: application.name,
      idNumberMasked: application.idNumberMasked,
      phone: application.phone,
      occupation: application.occupation,
      employer: application.employer,
      employerName: application.employerName,
      enterprise: enterprise && { id: enterprise.id, name: enterprise.name },
      townCode: application.townCode,
      rejectFields: application.rejectFields,
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
