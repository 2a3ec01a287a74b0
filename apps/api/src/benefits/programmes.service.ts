import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/app-exception';
import { Member } from '../membership/member.entity';
import { OrgsService } from '../orgs/orgs.service';
import { LIVE_STATUSES } from './benefit-claim.entity';
import { BenefitProgramme } from './benefit-programme.entity';
import { BenefitSession } from './benefit-session.entity';
import { programmeView, sessionView } from './benefit-views';
import { claimPeriodKey } from './claim-period';
import { Eligibility, evaluateEligibility, sessionOpensFor } from './eligibility';

/** What the eligibility of one caller depends on, read once per request. */
export interface MemberContext {
  member: Member | null;
  /** Org paths by id, to tell whether a programme's union covers the member's. */
  orgPaths: Map<string, string>;
  /** `programmeId|periodKey` of the member's live claims. */
  held: Set<string>;
}

/** Programmes as workers see them, each with the caller's eligibility and its reasons. */
@Injectable()
export class ProgrammesService {
  constructor(
    @InjectRepository(BenefitProgramme) private readonly programmes: Repository<BenefitProgramme>,
    @InjectRepository(BenefitSession) private readonly sessions: Repository<BenefitSession>,
    @InjectRepository(Member) private readonly members: Repository<Member>,
    private readonly orgs: OrgsService,
  ) {}

  async list(user: AuthUser) {
    const [programmes, context] = await Promise.all([this.programmes.find({ where: { active: true }, order: { periodStart: 'ASC', name: 'ASC' } }), this.memberContext(user.id)]);
    const now = new Date();
    return { items: programmes.map((p) => programmeView(p, context.member?.gender ?? null, this.eligibilityOf(p, context, now))) };
  }

  async detail(user: AuthUser, id: string) {
    const programme = await this.find(id);
    const context = await this.memberContext(user.id);
    const view = programmeView(programme, context.member?.gender ?? null, this.eligibilityOf(programme, context, new Date()));
    return { ...view, sessions: await this.upcomingSessions(programme, context) };
  }

  async sessionsOf(user: AuthUser, id: string) {
    const programme = await this.find(id);
    return { items: await this.upcomingSessions(programme, await this.memberContext(user.id)) };
  }

  async find(id: string): Promise<BenefitProgramme> {
    const programme = await this.programmes.findOneBy({ id });
    if (!programme) throw notFound('福利项目');
    return programme;
  }

  async memberContext(userId: string): Promise<MemberContext> {
    const member = await this.members.findOneBy({ userId });
    const orgs = await this.orgs.findAll();
    const held = member
      ? await this.programmes.query(`SELECT programme_id, period_key FROM benefit_claims WHERE member_id = $1 AND status = ANY($2)`, [member.id, LIVE_STATUSES])
      : [];
    return {
      member,
      orgPaths: new Map(orgs.map((org) => [org.id, org.path])),
      held: new Set(held.map((row: { programme_id: string; period_key: string }) => `${row.programme_id}|${row.period_key}`)),
    };
  }

  eligibilityOf(programme: BenefitProgramme, context: MemberContext, now: Date, session: BenefitSession | null = null): Eligibility {
    const { member, orgPaths } = context;
    const programmePath = orgPaths.get(programme.orgId) ?? '';
    const unionPath = member ? (orgPaths.get(member.unionOrgId) ?? '') : '';
    const periodKey = claimPeriodKey(programme.claimPeriod, now, session?.id ?? null);
    return evaluateEligibility({
      programme,
      member,
      coversMember: unionPath === programmePath || unionPath.startsWith(`${programmePath}/`),
      alreadyHolds: context.held.has(`${programme.id}|${periodKey}`),
      session,
      now,
    });
  }

  private async upcomingSessions(programme: BenefitProgramme, context: MemberContext) {
    const sessions = await this.sessions.find({ where: { programmeId: programme.id, endsAt: MoreThan(new Date()) }, order: { startsAt: 'ASC' } });
    return sessions.map((s) => sessionView(s, sessionOpensFor(programme.rules, context.member?.occupation ?? null, s.opensAt)));
  }
}
