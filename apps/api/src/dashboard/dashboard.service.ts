import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Permission } from '../access/permission';
import type { AuthUser } from '../auth/auth-user';
import { BenefitClaim } from '../benefits/benefit-claim.entity';
import { BenefitProgramme } from '../benefits/benefit-programme.entity';
import { membershipFigures, pendingApplications } from '../reports/membership-figures';
import { reportMonth, shanghaiMonth } from '../reports/report-month';
import { reportScope, scopeRootOf } from '../reports/report-scope';
import { openStationReports } from '../reports/station-figures';
import { DashboardView, MemberCountsView, PendingApplicationsView, ProgrammeProgressView } from './dto/dashboard-views.dto';

// PostgreSQL answers count(*) and sum() as bigint/numeric text; they fit a JavaScript number here.
const numberOrNull = (value: string | number | null) => (value === null ? null : Number(value));
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

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
    const [counts, claimsAwaitingReview, programmes] = await Promise.all([this.reportCounts(staff), this.claimsAwaitingReview(staff), this.programmes(staff)]);
    return { pendingApplications: counts.pending, members: counts.members, openStationReports: counts.openStationReports, claimsAwaitingReview, programmes };
  }

  /**
   * The report's own queries for what the dashboard and the monthly report both count: the queue is
   * the applications undecided now, members those of this month's report, open reports those
   * unresolved now. Zeros for a caller with no part of the tree.
   */
  private async reportCounts(staff: AuthUser): Promise<{ pending: PendingApplicationsView; members: MemberCountsView; openStationReports: number }> {
    const rootId = await scopeRootOf(this.dataSource, staff);
    if (rootId === null) return { pending: { count: 0, oldestSubmittedAt: null }, members: { total: 0, joinedThisMonth: 0 }, openStationReports: 0 };
    const scope = await reportScope(this.dataSource, rootId);
    const now = new Date();
    const [pending, members, open] = await Promise.all([
      pendingApplications(this.dataSource, scope, now),
      membershipFigures(this.dataSource, scope, reportMonth(shanghaiMonth(now))),
      openStationReports(this.dataSource, scope, now),
    ]);
    const waiting = [...pending.values()];
    const oldest = waiting.map((unit) => unit.oldestSubmittedAt).filter((at): at is Date => at !== null);
    const counted = [...members.values()];
    return {
      pending: { count: sum(waiting.map((unit) => unit.count)), oldestSubmittedAt: oldest.length > 0 ? new Date(Math.min(...oldest.map(Number))) : null },
      members: { total: sum(counted.map((unit) => unit.members)), joinedThisMonth: sum(counted.map((unit) => unit.joined.month)) },
      openStationReports: sum([...open.values()]),
    };
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
