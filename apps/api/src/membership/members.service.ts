import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { GENDERS, maskPhone, OCCUPATIONS, TOWNS } from '@kgh/shared';
import { Brackets, Repository, SelectQueryBuilder } from 'typeorm';
import { AccessService, stillThere } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { User } from '../auth/user.entity';
import { BenefitClaim } from '../benefits/benefit-claim.entity';
import { claimView } from '../benefits/benefit-views';
import { ClaimWithPlace, withPlace } from '../benefits/claims.service';
import { toCsv } from '../common/csv';
import { containing } from '../common/like-pattern';
import { accountRef } from '../common/dto/account-ref.dto';
import { Page, pageOf } from '../common/page';
import { inSubtreeSql } from '../orgs/org-subtree';
import { Org } from '../orgs/org.entity';
import { applicationRoutingReason } from './application-view';
import { MemberDetailView, MemberRedemptionView, MemberView } from './dto/member-views.dto';
import { ListMembersQuery, MemberFilterQuery } from './dto/members-query.dto';
import { Member } from './member.entity';
import { MembershipApplication } from './membership-application.entity';

type MemberRow = Member & { union: Org; application: MembershipApplication | null };
type RedeemedClaim = ClaimWithPlace & { redeemer: User | null; redeemedOrg: Org | null };

const EXPORT_HEADER = ['会员编号', '姓名', '手机号', '身份证号', '性别', '职业', '所属工会', '所在镇街', '入会时间'];
const GENDER_NAMES: Record<(typeof GENDERS)[number], string> = { male: '男', female: '女' };
const nameOf = (list: readonly { code: string; name: string }[], code: string | null | undefined) =>
  list.find((item) => item.code === code)?.name ?? code ?? '';
const shanghaiTime = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' });

/** Staff's reads of members in their part of the union tree: search, a member's history, the CSV. */
@Injectable()
export class MembersService {
  constructor(
    @InjectRepository(Member) private readonly members: Repository<Member>,
    @InjectRepository(BenefitClaim) private readonly claims: Repository<BenefitClaim>,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(staff: AuthUser, query: ListMembersQuery): Promise<Page<MemberView>> {
    const [rows, total] = await this.matching(staff, query)
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return pageOf((rows as MemberRow[]).map(memberView), total, query);
  }

  /** Every matching member as CSV with masked phone and ID number; the export is audited (a file leaves the system). */
  async exportCsv(staff: AuthUser, query: MemberFilterQuery): Promise<string> {
    const rows = (await this.matching(staff, query).getMany()) as MemberRow[];
    await this.audit.record({
      actorUserId: staff.id,
      action: 'membership.members.exported',
      entityType: 'member_export',
      entityId: staff.orgId ?? 'all',
      orgId: staff.orgId,
      detail: { q: query.q ?? null, townCode: query.townCode ?? null, orgId: query.orgId ?? null, count: rows.length },
    });
    return toCsv([
      EXPORT_HEADER,
      ...rows.map((row) => {
        const view = memberView(row);
        return [
          view.memberNumber,
          view.name,
          view.phoneMasked,
          view.idNumberMasked,
          GENDER_NAMES[view.gender],
          nameOf(OCCUPATIONS, view.occupation),
          view.union.name,
          nameOf(TOWNS, row.application?.townCode),
          shanghaiTime.format(view.joinedAt),
        ];
      }),
    ]);
  }

  /** One member with the application that made them one, their claims and redemptions; 404 outside the caller's scope. */
  async get(staff: AuthUser, memberId: string): Promise<MemberDetailView> {
    await this.access.requireAccess(staff, Permission.MemberRead, memberId);
    const member = stillThere(
      (await this.withParts(this.members.createQueryBuilder('member'))
        .leftJoinAndMapOne('application.reviewer', User, 'reviewer', 'reviewer.id = application.reviewedBy')
        .where('member.id = :memberId', { memberId })
        .getOne()) as (MemberRow & { application: (MembershipApplication & { reviewer: User | null }) | null }) | null,
      'member',
    );
    const claims = (await withPlace(this.claims.createQueryBuilder('claim'))
      .leftJoinAndMapOne('claim.redeemer', User, 'redeemer', 'redeemer.id = claim.redeemedBy')
      .leftJoinAndMapOne('claim.redeemedOrg', Org, 'redeemedOrg', 'redeemedOrg.id = claim.redeemedOrgId')
      .where('claim.memberId = :memberId', { memberId })
      .orderBy('claim.createdAt', 'DESC')
      .addOrderBy('claim.id', 'DESC')
      .getMany()) as RedeemedClaim[];
    const { application } = member;
    return {
      ...memberView(member),
      employer: application?.employer ?? null,
      townCode: application?.townCode ?? null,
      application: application && {
        id: application.id,
        submittedAt: application.submittedAt,
        reviewedAt: application.reviewedAt,
        reviewedBy: accountRef(application.reviewer),
        routingReason: applicationRoutingReason(application, member.union),
        consentVersion: application.consentVersion,
        consentedAt: application.consentedAt,
      },
      claims: claims.map((claim) => claimView(claim, claim.programme, claim.session)),
      redemptions: claims.filter((claim) => claim.redeemedAt !== null).map(redemptionView),
    };
  }

  /** Members in the caller's scope that match the filters, newest first. */
  private matching(staff: AuthUser, filter: MemberFilterQuery): SelectQueryBuilder<Member> {
    const builder = this.withParts(this.members.createQueryBuilder('member')).orderBy('member.joinedAt', 'DESC').addOrderBy('member.id', 'DESC');
    const q = filter.q;
    if (q) {
      builder.andWhere(
        new Brackets((where) => {
          where.where('starts_with(member.memberNumber, :numberPrefix)', { numberPrefix: q.toUpperCase() });
          if (/^\d{11}$/.test(q)) where.orWhere('application.phone = :phone', { phone: q });
          where.orWhere('application.name ILIKE :namePart', { namePart: containing(q) });
        }),
      );
    }
    if (filter.townCode) builder.andWhere('application.townCode = :townCode', { townCode: filter.townCode });
    if (filter.orgId) builder.andWhere(inSubtreeSql('member.unionOrgId', ':filterOrgId'), { filterOrgId: filter.orgId });
    return this.access.restrictToScope(builder, staff, Permission.MemberRead, 'member.unionOrgId');
  }

  private withParts(builder: SelectQueryBuilder<Member>): SelectQueryBuilder<Member> {
    return builder
      .innerJoinAndMapOne('member.union', Org, 'memberUnion', 'memberUnion.id = member.unionOrgId')
      .leftJoinAndMapOne('member.application', MembershipApplication, 'application', 'application.id = member.applicationId');
  }
}

function memberView(member: MemberRow): MemberView {
  const { application } = member;
  return {
    id: member.id,
    memberNumber: member.memberNumber,
    name: application?.name ?? null,
    phoneMasked: application ? maskPhone(application.phone) : null,
    idNumberMasked: application?.idNumberMasked ?? null,
    gender: member.gender,
    occupation: member.occupation,
    union: { id: member.union.id, name: member.union.name },
    joinedAt: member.joinedAt,
  };
}

function redemptionView(claim: RedeemedClaim): MemberRedemptionView {
  return {
    claimId: claim.id,
    programmeId: claim.programmeId,
    programmeName: claim.programme.name,
    sessionName: claim.session?.name ?? null,
    redeemedAt: claim.redeemedAt!,
    redeemedBy: accountRef(claim.redeemer),
    redeemedOrg: claim.redeemedOrg && { id: claim.redeemedOrg.id, name: claim.redeemedOrg.name },
    redeemedPlace: claim.redeemedPlace,
  };
}
