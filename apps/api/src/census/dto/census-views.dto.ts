import { ApiProperty } from '@nestjs/swagger';
import type { FormationMode, Industry, TownCode, UnionStatus } from '@kgh/shared';
import { AccountRefView } from '../../common/dto/account-ref.dto';
import { ENUM } from '../../openapi/enums';
import { OrgRefView } from '../../orgs/dto/org-views.dto';

// What the census routes answer. Days are YYYY-MM-DD in Asia/Shanghai; times ISO-8601 with offset.

/** One enterprise of the ledger. */
export class EnterpriseView {
  id: string;
  name: string;
  /** 统一社会信用代码 (18 characters, GB 32100). */
  creditCode: string;

  @ApiProperty(ENUM.Industry)
  industry: Industry;

  @ApiProperty(ENUM.TownCode)
  townCode: TownCode;

  address: string;
  /** All workers. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  workers: number;

  /** New-form workers (couriers, riders, drivers, streamers…), at most `workers`. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  newFormWorkers: number;

  brands: string[];
  contactName: string | null;
  /** 138****5678; the whole number is in the detail. */
  contactPhoneMasked: string | null;

  @ApiProperty(ENUM.UnionStatus)
  unionStatus: UnionStatus;

  /** Set while established. */
  @ApiProperty({ ...ENUM.FormationMode, nullable: true })
  formationMode: FormationMode | null;

  /** The base-level union that covers it, while established. */
  union: OrgRefView | null;

  /** Approved members whose application named this enterprise. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  joinedMembers: number;

  /** Problems found on visits and not yet solved. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  openProblems: number;

  updatedAt: Date;
}

/** One step of the union-status timeline; the first is the enterprise's creation (fromStatus null). */
export class EnterpriseStatusChangeView {
  id: string;

  @ApiProperty({ ...ENUM.UnionStatus, nullable: true })
  fromStatus: UnionStatus | null;

  @ApiProperty(ENUM.UnionStatus)
  toStatus: UnionStatus;

  @ApiProperty({ ...ENUM.FormationMode, nullable: true })
  formationMode: FormationMode | null;

  union: OrgRefView | null;
  reason: string;
  /** Null for records from the seed or an import without an account. */
  changedBy: AccountRefView | null;
  changedAt: Date;
}

/** A problem found on a visit. */
export class EnterpriseProblemView {
  id: string;
  description: string;
  solved: boolean;
  /** YYYY-MM-DD. */
  solvedOn: string | null;
  /** Days from the visit to its solution, or to today while open. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  openDays: number;

  /** Open for more than 30 days. */
  overdue: boolean;
}

/** A visit to the enterprise. */
export class EnterpriseVisitView {
  id: string;
  /** YYYY-MM-DD. */
  visitedOn: string;
  staff: AccountRefView;

  @ApiProperty({ type: 'integer', minimum: 0 })
  workersMet: number;

  note: string | null;
  problems: EnterpriseProblemView[];
}

/** An enterprise with the contact's whole phone (the read is audited), its timeline and its visits. */
export class EnterpriseDetailView extends EnterpriseView {
  contactPhone: string | null;
  /** joinedMembers / newFormWorkers; null when it has no new-form workers. */
  joinRate: number | null;
  /** Oldest first. */
  history: EnterpriseStatusChangeView[];
  /** Newest first. */
  visits: EnterpriseVisitView[];
}

export class EnterpriseStatusCountsView {
  @ApiProperty({ type: 'integer', minimum: 0 }) established: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) not_established: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) moved_out: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) closed: number;
}

/** The ledger's counts for its filters, by status. */
export class EnterpriseCountsView {
  @ApiProperty({ type: 'integer', minimum: 0 })
  total: number;

  byStatus: EnterpriseStatusCountsView;
}

export class EnterpriseImportView {
  /** Enterprises written (0 on a dry run). */
  @ApiProperty({ type: 'integer', minimum: 0 })
  imported: number;

  /** Rows that passed every check. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  valid: number;
}

/** A town's targets for the year and the progress counted from the records. */
export class TownTargetView {
  @ApiProperty(ENUM.TownCode)
  townCode: TownCode;

  townName: string;
  /** 0 when no target is set. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  enterprisesToOrganise: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  membersToEnrol: number;

  /** Enterprises of the town that became established in the year (per their timeline). */
  @ApiProperty({ type: 'integer', minimum: 0 })
  enterprisesOrganised: number;

  /** Members whose application named the town and who joined in the year. */
  @ApiProperty({ type: 'integer', minimum: 0 })
  membersEnrolled: number;
}

export class CensusTargetsView {
  @ApiProperty({ type: 'integer' })
  year: number;

  towns: TownTargetView[];
}

/** An enterprise the join form's employer picker offers. */
export class EnterpriseSearchItemView {
  id: string;
  name: string;
  brands: string[];

  @ApiProperty(ENUM.TownCode)
  townCode: TownCode;
}

export class EnterpriseSearchView {
  /** At most 20. */
  items: EnterpriseSearchItemView[];
}
