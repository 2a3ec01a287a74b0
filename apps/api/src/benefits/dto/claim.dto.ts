import { IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateBy, ValidateIf } from 'class-validator';
import { SHORT_CODE_PATTERN } from '../redemption-code';

export class ClaimBenefitDto {
  /** The batch, for programmes with sessions. */
  @IsOptional()
  @IsUUID('all', { message: 'sessionId 应为批次编号' })
  sessionId?: string;
}

/** Fails when `other` is sent too: a redemption names its claim by one code, never two. */
function NotWith(other: string, message: string): PropertyDecorator {
  return ValidateBy({
    name: 'notWith',
    validator: { validate: (_value, args) => (args?.object as Record<string, unknown>)[other] === undefined, defaultMessage: () => message },
  });
}

/** The code a provider has: the scanned QR payload or the 8 digits read out, exactly one of them. */
export class RedemptionCodeDto {
  /** The scanned QR payload. */
  @ValidateIf((body: RedemptionCodeDto) => body.shortCode === undefined)
  @IsString({ message: '请提供核销二维码内容或8位核销码' })
  @MaxLength(512, { message: '核销码无效' })
  code?: string;

  /** The 8 digits shown under the QR code, for when it cannot be scanned. */
  @ValidateIf((body: RedemptionCodeDto) => body.shortCode !== undefined)
  @NotWith('code', '二维码内容和8位核销码只能提供一个')
  @Matches(SHORT_CODE_PATTERN, { message: '核销码应为8位数字' })
  @IsString({ message: '核销码应为8位数字' })
  shortCode?: string;
}

export class RedeemDto extends RedemptionCodeDto {
  /** Where it was used (hospital, station), recorded on the claim. */
  @IsOptional()
  @IsString({ message: '核销地点应为文字' })
  @MaxLength(100, { message: '核销地点最多100个字符' })
  place?: string;
}
