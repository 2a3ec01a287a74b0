import { ApiProperty } from '@nestjs/swagger';
import type { Occupation, TownCode } from '@kgh/shared';
import { EnterpriseStatusCountsView } from '../../census/dto/census-views.dto';
import { ENUM } from '../../openapi/enums';
import { OrgRefView } from '../../orgs/dto/org-views.dto';

// What the monthly report answers. Every figure is counted from the records as they stood at the end
// of the month (Beijing midnight of the next month's first day). Money is integer fen.

/** Something that happened, counted in the month and from 1 January of its year to the month's end. */
export class PeriodCountView {
  @ApiProperty({ type: 'integer', minimum: 0 })
  month: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  yearToDate: number;
}

export class FormationModeCountsView {
  @ApiProperty({ type: 'integer', minimum: 0 }) standalone: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) lead: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) industry: number;
}

/** The census (建会普查) at the month's end. */
export class ReportCensusView {
  /** Enterprises in the ledger, whatever their status. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  enterprises: number;

  byStatus: EnterpriseStatusCountsView;
  /** Established enterprises by how their union was formed. */
  byMode: FormationModeCountsView;
  /** Enterprises whose union was established in the period. */
  newlyEstablished: PeriodCountView;

  /** New-form workers of the enterprises not moved out or closed. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  newFormWorkers: number;

  /** Members who joined naming one of those enterprises. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  newFormWorkerMembers: number;

  /** newFormWorkerMembers / newFormWorkers; null when there are none. */
  joinRate: number | null;
}

export class OccupationJoinedView {
  @ApiProperty(ENUM.Occupation)
  occupation: Occupation;

  joined: PeriodCountView;
}

export class ReportMembershipView {
  /** Members at the month's end. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  members: number;

  joined: PeriodCountView;
  /** Every occupation, in the order of the join form. */
  joinedByOccupation: OccupationJoinedView[];

  /** Applications submitted and not yet decided at the month's end. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  pendingApplications: number;
}

/** Rights services (维权服务), counted from the requests' status changes. */
export class ReportLegalView {
  /** Requests answered as consultations. */
  consultations: PeriodCountView;
  casesRegistered: PeriodCountView;
  /** Cases ended: fulfilled, declined, referred or withdrawn after registration. */
  casesClosed: PeriodCountView;
  /** What the cases registered in the period claim, as it stood at the month's end. */
  amountClaimedFen: PeriodCountView;
  /** What the agreements reached in the period agree, as it stood at the month's end. */
  amountAgreedFen: PeriodCountView;
  /** What the cases fulfilled in the period recovered, as it stood at the month's end. */
  amountRecoveredFen: PeriodCountView;
}

/** One programme's claims by the members of a row. */
export class ProgrammeFiguresView {
  programmeId: string;
  confirmed: PeriodCountView;
  /** Used: scanned by the provider. */
  redeemed: PeriodCountView;
  /** The cost of the claims redeemed. */
  spentFen: PeriodCountView;
}

/** Benefits (普惠服务) delivered to the row's members. */
export class ReportBenefitsView {
  confirmed: PeriodCountView;
  redeemed: PeriodCountView;
  spentFen: PeriodCountView;
  /** Every programme of the report, in its order. */
  byProgramme: ProgrammeFiguresView[];
}

export class ReportStationsView {
  /** Stations open to workers at the month's end. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  active: number;

  checkIns: PeriodCountView;
  reportsOpened: PeriodCountView;
  reportsResolved: PeriodCountView;

  /** Problem reports still unresolved at the month's end. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  reportsOpen: number;
}

/** The district's special fund for new-form workers' unions. */
export class ReportFundView {
  /** Allocated for the report's year by the month's end. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  allocatedFen: number;

  spentFen: PeriodCountView;
  /** allocatedFen − spentFen.yearToDate. */
  @ApiProperty({ type: 'integer' })
  balanceFen: number;
}

export const REPORT_ROW_KINDS = ['town', 'direct', 'total'] as const;
export type ReportRowKind = (typeof REPORT_ROW_KINDS)[number];

/** A town federation, the district's own unions outside every town (区直属), or the total. */
export class MonthlyReportRowView {
  /** The town federation; for `direct` and `total`, the report's union. */
  org: OrgRefView;

  @ApiProperty({ enum: REPORT_ROW_KINDS, enumName: 'ReportRowKind' })
  kind: ReportRowKind;

  /** What the row is called in the table. */
  name: string;

  @ApiProperty({ ...ENUM.TownCode, nullable: true })
  townCode: TownCode | null;

  census: ReportCensusView;
  membership: ReportMembershipView;
  legal: ReportLegalView;
  benefits: ReportBenefitsView;
  stations: ReportStationsView;
  fund: ReportFundView;
}

/** A programme the report counts claims of, with its budget at the month's end. */
export class ReportProgrammeView {
  id: string;
  name: string;
  /** Null: no budget limit. */
  budgetFen: number | null;
  /** The cost of every claim of the report's members redeemed before the month's end, since the programme began. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  spentToDateFen: number;
}

/** 《新业态新就业群体建会入会和维权服务工作情况表》 for one month. */
export class MonthlyReportView {
  title: string;
  /** YYYY-MM. */
  month: string;

  @ApiProperty({ type: 'integer' })
  year: number;

  /** The month's first instant and the next month's, Beijing time: figures for the month count in [periodStart, periodEnd). */
  periodStart: Date;
  periodEnd: Date;
  /** The union whose report it is: the caller's, or the one `orgId` named. */
  union: OrgRefView;
  programmes: ReportProgrammeView[];
  /** The towns in the order of the district's report; for the district, then its own unions (区直属). */
  rows: MonthlyReportRowView[];
  /** The sum of the rows. */
  total: MonthlyReportRowView;
  generatedAt: Date;
}
