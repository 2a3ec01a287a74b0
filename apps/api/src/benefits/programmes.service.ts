import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { notFound } from '../common/app-exception';
import { Page, pageOf } from '../common/page';
import { PageQuery } from '../common/page.query';
import { rowsOf } from '../common/sql-rows';
import { entityFromJson } from '../database/entity-from-json';
import { Member } from '../membership/member.entity';
import { LIVE_STATUSES } from './benefit-claim.entity';
import { BenefitProgramme } from './benefit-programme.entity';
import { BenefitSession } from './benefit-session.entity';
import { programmeView, sessionView } from './benefit-views';
import { claimPeriodKey } from './claim-period';
import { ProgrammeDetailView, ProgrammeView, SessionView } from './dto/benefit-views.dto';
import { Eligibility, evaluateEligibility, sessionOpensFor } from './eligibility';

/** What the eligibility of one caller depends on, read once per request. */
export interface MemberContext {
  member: Pick<Member, 'id' | 'unionOrgId' | 'gender' | 'occupation' | 'joinedAt'> | null;
  /** The member's union and every union above it: the programmes of these cover the member. */
  coveringOrgIds: Set<string>;
  /** `programmeId|periodKey` of the member's live claims. */
  held: Set<string>;
}

// The caller's member row with its union's path and live claims ($1 the user, $2 the live statuses).
const MEMBER_OF_USER = 'members m JOIN orgs o ON o.id = m.union_org_id';
const MEMBER_CONTEXT = `m.id AS member_id, m.union_org_id, m.gender, m.occupation, m.joined_at, o.path,
  ARRAY(SELECT c.programme_id || '|' || c.period_key FROM benefit_claims c WHERE c.member_id = m.id AND c.status = ANY($2)) AS held`;

/** A row of MEMBER_CONTEXT's columns; all null when the user is no member. */
type MemberContextRow = { member_id: string | null; [column: string]: unknown };

function memberContextFrom(row: MemberContextRow | undefined): MemberContext {
  if (!row?.member_id) return { member: null, coveringOrgIds: new Set(), held: new Set() };
  return {
    member: {
      id: row.member_id,
      unionOrgId: row.union_org_id as string,
      gender: row.gender as Member['gender'],
      occupation: row.occupation as Member['occupation'],
      joinedAt: row.joined_at as Date,
    },
    // An org's path lists the ids from the district down to it.
    coveringOrgIds: new Set((row.path as string).split('/')),
    held: new Set(row.held as string[]),
  };
}

/** Programmes as workers see them, each with the caller's eligibility and its reasons. */
@Injectable()
export class ProgrammesService {
  constructor(
    @InjectRepository(BenefitProgramme) private readonly programmes: Repository<BenefitProgramme>,
    @InjectRepository(BenefitSession) private readonly sessions: Repository<BenefitSession>,
    @InjectRepository(Member) private readonly members: Repository<Member>,
  ) {}

  async list(user: AuthUser, query: PageQuery): Promise<Page<ProgrammeView>> {
    const [[programmes, total], context] = await Promise.all([
      this.programmes.findAndCount({
        where: { active: true },
        order: { periodStart: 'ASC', name: 'ASC', id: 'ASC' },
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
      }),
      this.memberContext(user.id),
    ]);
    const now = new Date();
    return pageOf(
      programmes.map((p) => programmeView(p, context.member?.gender ?? null, this.eligibilityOf(p, context, now))),
      total,
      query,
    );
  }

  async detail(user: AuthUser, id: string): Promise<ProgrammeDetailView> {
    const programme = await this.find(id);
    const context = await this.memberContext(user.id);
    const view = programmeView(programme, context.member?.gender ?? null, this.eligibilityOf(programme, context, new Date()));
    const [sessions] = await this.upcomingSessions(programme, context);
    return { ...view, sessions };
  }

  async sessionsOf(user: AuthUser, id: string, query: PageQuery): Promise<Page<SessionView>> {
    const programme = await this.find(id);
    const [items, total] = await this.upcomingSessions(programme, await this.memberContext(user.id), query);
    return pageOf(items, total, query);
  }

  /** An open programme: one staff closed is gone from the workers' views, as from the list. */
  private async find(id: string): Promise<BenefitProgramme> {
    const programme = await this.programmes.findOneBy({ id, active: true });
    if (!programme) throw notFound('福利项目');
    return programme;
  }

  /** The caller's membership, the unions above it and the live claims, in one query (it is on every claim's path). */
  async memberContext(userId: string): Promise<MemberContext> {
    const [row] = await rowsOf<MemberContextRow>(this.members, `SELECT ${MEMBER_CONTEXT} FROM ${MEMBER_OF_USER} WHERE m.user_id = $1`, [userId, LIVE_STATUSES]);
    return memberContextFrom(row);
  }

  /**
   * What a claim is decided on — the programme, the named session of it (null if none or not of
   * this programme) and the caller's member context — in one query: it is on every claim's path.
   */
  async claimContext(
    userId: string,
    programmeId: string,
    sessionId: string | null,
  ): Promise<{ programme: BenefitProgramme; session: BenefitSession | null; context: MemberContext }> {
    const [row] = await rowsOf<MemberContextRow & { programme: Record<string, unknown>; session: Record<string, unknown> | null }>(
      this.members,
      `SELECT to_jsonb(p) AS programme, to_jsonb(s) AS session, ctx.*
         FROM benefit_programmes p
         LEFT JOIN benefit_sessions s ON s.id = $3 AND s.programme_id = p.id
         LEFT JOIN (SELECT ${MEMBER_CONTEXT} FROM ${MEMBER_OF_USER} WHERE m.user_id = $1) ctx ON true
        WHERE p.id = $4`,
      [userId, LIVE_STATUSES, sessionId, programmeId],
    );
    if (!row) throw notFound('福利项目');
    const dataSource = this.members.manager.connection;
    return {
      programme: entityFromJson(dataSource, BenefitProgramme, row.programme),
      session: row.session && entityFromJson(dataSource, BenefitSession, row.session),
      context: memberContextFrom(row),
    };
  }

  eligibilityOf(programme: BenefitProgramme, context: MemberContext, now: Date, session: BenefitSession | null = null): Eligibility {
    const periodKey = claimPeriodKey(programme.claimPeriod, now, session?.id ?? null);
    return evaluateEligibility({
      programme,
      member: context.member,
      coversMember: context.coveringOrgIds.has(programme.orgId),
      alreadyHolds: context.held.has(`${programme.id}|${periodKey}`),
      session,
      now,
    });
  }

  /** The sessions not yet ended, soonest first: one page of them, or all without `page`. */
  private async upcomingSessions(programme: BenefitProgramme, context: MemberContext, page?: PageQuery): Promise<[SessionView[], number]> {
    const [sessions, total] = await this.sessions.findAndCount({
      where: { programmeId: programme.id, endsAt: MoreThan(new Date()) },
      order: { startsAt: 'ASC', id: 'ASC' },
      ...(page && { skip: (page.page - 1) * page.pageSize, take: page.pageSize }),
    });
    return [sessions.map((s) => sessionView(s, sessionOpensFor(programme.rules, context.member?.occupation ?? null, s.opensAt))), total];
  }
}
