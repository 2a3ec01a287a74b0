import { ApiProperty } from '@nestjs/swagger';
import type { ClaimStatus } from '@kgh/shared';
import { ENUM } from '../../openapi/enums';

/** Something the provider is told before confirming: a stable code and Chinese text. */
export class RedemptionNoticeView {
  code: string;
  message: string;
}

export class RedemptionProgrammeView {
  id: string;
  name: string;
}

/** The claim's batch and its dates; a claim is redeemed on the batch's days (Asia/Shanghai). */
export class RedemptionBatchView {
  id: string;
  name: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  /** The batch's first and last day in Asia/Shanghai, YYYY-MM-DD. */
  firstDay: string;
  lastDay: string;
}

/** What the provider sees before confirming a redemption: nothing is written but the audit entry. */
export class RedemptionPreviewView {
  claimId: string;

  @ApiProperty(ENUM.ClaimStatus)
  status: ClaimStatus;

  /** The status in Chinese. */
  statusName: string;
  programme: RedemptionProgrammeView;
  /** Null for a programme without batches. */
  session: RedemptionBatchView | null;
  claimedAt: Date;
  memberNumber: string;
  /** Null for a member with no name on record. */
  memberNameMasked: string | null;
  /** The last four characters of the member's ID number, to match against the card; null when none is on record. */
  idNumberLast4: string | null;
  membershipActive: boolean;
  /** Shown to the provider; redeeming still works (e.g. OUTSIDE_REDEMPTION_WINDOW on a `warn` programme). */
  warnings: RedemptionNoticeView[];
  /** Why `POST /redemptions` would refuse (OUTSIDE_REDEMPTION_WINDOW, ALREADY_REDEEMED, CLAIM_NOT_REDEEMABLE); null when it would go through. */
  refusal: RedemptionNoticeView | null;
}
