/** Applications waiting for review. */
export class PendingApplicationsView {
  count: number;
  /** When the longest-waiting one was submitted; null when none waits. */
  oldestSubmittedAt: Date | null;
}

export class MemberCountsView {
  total: number;
  /** Joined since the first of this month, Beijing time (Asia/Shanghai). */
  joinedThisMonth: number;
}

/** A running programme's money and places. Money is integer fen. */
export class ProgrammeProgressView {
  id: string;
  name: string;
  /** Null: no budget limit. */
  budgetFen: number | null;
  spentFen: number;
  /** The programme's places, or the sum of its sessions' places; null when unlimited. */
  placesTotal: number | null;
  placesLeft: number | null;
}

/** The staff console's front page: what waits in the caller's part of the union tree, counted from the records. */
export class DashboardView {
  pendingApplications: PendingApplicationsView;
  members: MemberCountsView;
  /** Station reports nobody has resolved yet. */
  openStationReports: number;
  /** Claims of programmes that need approval, waiting for it. */
  claimsAwaitingReview: number;
  /** Active programmes whose period has not ended, ending soonest first. */
  programmes: ProgrammeProgressView[];
}
