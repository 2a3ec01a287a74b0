import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@kgh/shared';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { joinRate } from '../census/census-views';
import { AppException } from '../common/app-exception';
import { benefitFigures } from './benefit-figures';
import { censusFigures } from './census-figures';
import type { MonthlyReportRowView, MonthlyReportView } from './dto/report-views.dto';
import { fundFigures } from './fund-figures';
import { legalFigures } from './legal-figures';
import { membershipFigures } from './membership-figures';
import { sumOf } from './report-figures';
import { previousMonth, reportMonth, reportMonthProblem, shanghaiMonth } from './report-month';
import { reportScope, scopeRootOf } from './report-scope';
import { reportWorkbook, workbookFileName } from './report-workbook';
import { stationFigures } from './station-figures';

export const REPORT_TITLE = '新业态新就业群体建会入会和维权服务工作情况表';

const monthInvalid = (message: string) => new AppException(ErrorCode.ReportMonthInvalid, message, [{ field: 'month', message }]);

/**
 * The monthly report: one row per town federation of the caller's (or of the union `orgId` names
 * within it), the district's own unions in a row of their own, and the total. Each section is one
 * query over the records and their histories, run side by side.
 */
@Injectable()
export class MonthlyReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async report(staff: AuthUser, month: unknown, orgId: string | undefined, now = new Date()): Promise<MonthlyReportView> {
    const wanted = month === undefined ? previousMonth(shanghaiMonth(now)) : month;
    const problem = typeof wanted === 'string' ? reportMonthProblem(wanted, now) : reportMonthProblem('', now);
    if (problem !== null) throw monthInvalid(problem);
    const rootId = orgId ?? (await scopeRootOf(this.dataSource, staff));
    if (rootId === null) throw new AppException(ErrorCode.Forbidden, '您的账号未关联工会组织，无法查看月报');
    // A union outside the caller's subtree answers 404, as every record out of reach does.
    await this.access.requireAccess(staff, Permission.OrgRead, rootId);
    const bounds = reportMonth(wanted as string);
    const scope = await reportScope(this.dataSource, rootId);
    const [census, membership, legal, benefits, stations, fund] = await Promise.all([
      censusFigures(this.dataSource, scope, bounds),
      membershipFigures(this.dataSource, scope, bounds),
      legalFigures(this.dataSource, scope, bounds),
      benefitFigures(this.dataSource, scope, bounds),
      stationFigures(this.dataSource, scope, bounds),
      fundFigures(this.dataSource, scope, bounds),
    ]);
    const rows = scope.units.map((unit): MonthlyReportRowView => ({
      org: unit.kind === 'town' ? { id: unit.id, name: unit.name } : scope.root,
      kind: unit.kind,
      name: unit.name,
      townCode: unit.townCode,
      census: census.get(unit.id)!,
      membership: membership.get(unit.id)!,
      legal: legal.get(unit.id)!,
      benefits: benefits.byUnit.get(unit.id)!,
      stations: stations.get(unit.id)!,
      fund: fund.get(unit.id)!,
    }));
    const summed = sumOf(rows);
    const total: MonthlyReportRowView = {
      ...summed,
      org: scope.root,
      kind: 'total',
      name: '合计',
      townCode: null,
      census: { ...summed.census, joinRate: joinRate(summed.census.newFormWorkerMembers, summed.census.newFormWorkers) },
    };
    return {
      title: REPORT_TITLE,
      month: bounds.month,
      year: bounds.year,
      periodStart: bounds.start,
      periodEnd: bounds.end,
      union: scope.root,
      programmes: benefits.programmes,
      rows,
      total,
      generatedAt: now,
    };
  }

  /** The same report as an Excel workbook; the download is kept in the audit log as an export. */
  async workbook(staff: AuthUser, month: unknown, orgId: string | undefined): Promise<{ fileName: string; month: string; content: Buffer }> {
    const report = await this.report(staff, month, orgId);
    const content = await reportWorkbook(report);
    await this.audit.record({
      actorUserId: staff.id,
      action: 'report.monthly.export',
      entityType: 'org',
      entityId: report.union.id,
      orgId: report.union.id,
      detail: { month: report.month, format: 'xlsx', rows: report.rows.length },
    });
    return { fileName: workbookFileName(report), month: report.month, content };
  }
}
