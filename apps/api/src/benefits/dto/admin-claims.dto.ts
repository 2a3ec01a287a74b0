import { CLAIM_STATUSES, ClaimStatus } from '@kgh/shared';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageQuery } from '../../common/page.query';
import { Trimmed } from '../../common/domain-validators';
import { ENUM } from '../../openapi/enums';

/** The staff list of claims, in order of arrival. */
export class ListClaimsQuery extends PageQuery {
  @IsOptional()
  @IsUUID('all', { message: 'programmeId 无效' })
  programmeId?: string;

  @ApiPropertyOptional(ENUM.ClaimStatus)
  @IsOptional()
  @IsIn(CLAIM_STATUSES, { message: 'status 无效' })
  status?: ClaimStatus;
}

export class RejectClaimDto {
  /** Shown to the member. */
  @Trimmed()
  @IsString({ message: '请填写不通过的原因' })
  @Length(2, 200, { message: '原因长度为2到200个字符' })
  reason: string;
}
