import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class ClaimBenefitDto {
  /** The batch, for programmes with sessions. */
  @IsOptional()
  @IsUUID('all', { message: 'sessionId 应为批次编号' })
  sessionId?: string;
}

export class RedeemDto {
  /** The scanned QR payload. */
  @IsString({ message: '请提供核销码' })
  @MaxLength(512, { message: '核销码无效' })
  code: string;

  /** Where it was used (hospital, station), recorded on the claim. */
  @IsOptional()
  @IsString({ message: '核销地点应为文字' })
  @MaxLength(100, { message: '核销地点最多100个字符' })
  place?: string;
}
