import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Permission } from '../access/permission';
import type { AuthUser } from '../auth/auth-user';
import { BenefitClaim } from '../benefits/benefit-claim.entity';
import { BenefitProgramme } from '../benefits/benefit-programme.entity';
import { Member } from '../membership/member.entity';
import { MembershipApplication } from '../membership/membership-application.entity';
import { StationReport } from '../stations/station-report.entity';
import { Station } from '../stations/station.entity';
import { DashboardView, MemberCountsView, PendingApplicationsView, ProgrammeProgressView } from './dto/dashboard-views.dto';

// PostgreSQL answers count(*) and sum() as bigint/numeric text; they fit a JavaScript number here.
const numberOrNull = (value: string | number | null) => (value === null ? null : Number(value));

/**
 * The console's counts, each one SQL query over the records (no counters to drift), each narrowed
 * to the caller's subtree by the same rule as the list it summarises.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async view(staff: AuthUser): Promise<DashboardView> {
    const [pendingApplications, members, openStationReports, claimsAwaitingReview, programmes] = await Promise.all([
      this.pendingApplications(staff),
      this.members(staff),
      this.openStationReports(staff),
      this.claimsAwaitingReview(staff),
      this.programmes(staff),
    ]);
    return { pendingApplications, members, openStationReports, claimsAwaitingReview, programmes };
  }

  private async pendingApplications(staff: AuthUser): Promise<PendingApplicationsView> {
    const query = this.dataSource
      .createQueryBuilder()
      .select('count(*)', 'count')
      .addSelect('min(application.submittedAt)', 'oldest')
      .from(MembershipApplication, 'application')
      .where("application.status = 'pending'");
    const row = await this.access
      .restrictToScope(query, staff, Permission.ApplicationRead, 'application.targetOrgId')
      .getRawOne<{ count: string; oldest: Date | null }>();
    return { count: Number(row?.count ?? 0), oldestSubmittedAt: row?.oldest ?? null };
  }

  private async members(staff: AuthUser): Promise<MemberCountsView> {
    // The month starts at Beijing midnight of its first day, whatever the server's or the session's zone.
    const query = this.dataSource
      .createQueryBuilder()
      .select('count(*)', 'total')
      .addSelect(`count(*) FILTER (WHERE member.joinedAt >= date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai')`, 'thisMonth')
      .from(Member, 'member');
    const row = await this.access.restrictToScope(query, staff, Permission.MemberRead, 'member.unionOrgId').getRawOne<{ total: string; thisMonth: string }>();
    return { total: Number(row?.total ?? 0), joinedThisMonth: Number(row?.thisMonth ?? 0) };
  }

  private openStationReports(staff: AuthUser): Promise<number> {
    const query = this.dataSource
      .createQueryBuilder()
      .from(StationReport, 'report')
      .innerJoin(Station, 'station', 'station.id = report.stationId')
      .where("report.status = 'open'");
    return this.count(query, staff, Permission.StationReportRead, 'station.orgId');
  }

  private claimsAwaitingReview(staff: AuthUser): Promise<number> {
    const query = this.dataSource
      .createQueryBuilder()
      .from(BenefitClaim, 'claim')
      .innerJoin(BenefitProgramme, 'programme', 'programme.id = claim.programmeId')
      .where("claim.status = 'pending_review'");
    return this.count(query, staff, Permission.ClaimRead, 'programme.orgId');
  }

  /** How many rows of `query` lie in the caller's scope for `permission`, by the org at `orgColumn`. */
  private async count(query: SelectQueryBuilder<ObjectLiteral>, staff: AuthUser, permission: Permission, orgColumn: string): Promise<number> {
    const row = await this.access.restrictToScope(query.select('count(*)', 'count'), staff, permission, orgColumn).getRawOne<{ count: string }>();
    return Number(row?.count ?? 0);
  }

  private async programmes(staff: AuthUser): Promise<ProgrammeProgressView[]> {
    // Places are the programme's own, else its sessions' (null with neither: unlimited).
    const query = this.dataSource
      .createQueryBuilder()
      .select('programme.id', 'id')
      .addSelect('programme.name', 'name')
      .addSelect('programme.budgetFen', 'budgetFen')
      .addSelect('programme.spentFen', 'spentFen')
      .addSelect('coalesce(programme.capacity, sessions.capacity)', 'placesTotal')
      .addSelect('coalesce(programme.remaining, sessions.remaining)', 'placesLeft')
      .from(BenefitProgramme, 'programme')
      .leftJoin(
        (sessions) =>
          sessions
            .select('s.programme_id', 'programme_id')
            .addSelect('sum(s.capacity)', 'capacity')
            .addSelect('sum(s.remaining)', 'remaining')
            .from('benefit_sessions', 's')
            .groupBy('s.programme_id'),
        'sessions',
        'sessions.programme_id = programme.id',
      )
      .where('programme.active')
      .andWhere('programme.periodEnd > now()')
      .orderBy('programme.periodEnd', 'ASC')
      .addOrderBy('programme.id', 'ASC');
    const rows = await this.access
      .restrictToScope(query, staff, Permission.ProgrammeManage, 'programme.orgId')
      .getRawMany<{ id: string; name: string; budgetFen: string | null; spentFen: string; placesTotal: string | null; placesLeft: string | null }>();
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      budgetFen: numberOrNull(row.budgetFen),
      spentFen: Number(row.spentFen),
      placesTotal: numberOrNull(row.placesTotal),
      placesLeft: numberOrNull(row.placesLeft),
    }));
  }
}
