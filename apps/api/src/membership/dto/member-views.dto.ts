import { ApiProperty } from '@nestjs/swagger';
import type { EmployerCode, Gender, Occupation, TownCode } from '@kgh/shared';
import { ClaimView } from '../../benefits/dto/benefit-views.dto';
import { AccountRefView } from '../../common/dto/account-ref.dto';
import { ENUM } from '../../openapi/enums';
import { OrgRefView } from '../../orgs/dto/org-views.dto';

/**
 * A member as staff see them in the console: phone and ID number masked. Name, phone and ID come
 * from the approved application; a member on record without one (an import) has them null.
 */
export class MemberView {
  id: string;
  memberNumber: string;
  name: string | null;
  /** 138****5678 */
  phoneMasked: string | null;
  /** **************1234 */
  idNumberMasked: string | null;

  @ApiProperty(ENUM.Gender)
  gender: Gender;

  @ApiProperty(ENUM.Occupation)
  occupation: Occupation;

  union: OrgRefView;
  joinedAt: Date;
}

/** How the member joined: the application and its review. */
export class MemberApplicationView {
  id: string;
  submittedAt: Date;
  reviewedAt: Date | null;
  /** The staff account that approved it. */
  reviewedBy: AccountRefView | null;
  routingReason: string;
  consentVersion: string;
  consentedAt: Date;
}

/** A claim that was redeemed: when, where and by which provider or staff account. */
export class MemberRedemptionView {
  claimId: string;
  programmeId: string;
  programmeName: string;
  /** The batch's name, for a programme with sessions. */
  sessionName: string | null;
  redeemedAt: Date;
  redeemedBy: AccountRefView | null;
  /** The redeeming account's organisation. */
  redeemedOrg: OrgRefView | null;
  redeemedPlace: string | null;
}

/** A member with their history: the application, every claim (newest first) and the redemptions. */
export class MemberDetailView extends MemberView {
  @ApiProperty({ ...ENUM.EmployerCode, nullable: true })
  employer: EmployerCode | null;

  /** The town where the member mostly works. */
  @ApiProperty({ ...ENUM.TownCode, nullable: true })
  townCode: TownCode | null;

  application: MemberApplicationView | null;
  claims: ClaimView[];
  redemptions: MemberRedemptionView[];
}
