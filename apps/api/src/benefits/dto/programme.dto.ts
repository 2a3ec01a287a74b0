import { OmitType, PartialType } from '@nestjs/swagger';
import { CLAIM_PERIODS, ClaimPeriod, Gender, GENDERS, OCCUPATION_CODES, Occupation } from '@kgh/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const MAX_FEN = 1_000_000_000_00; // one billion yuan: far above any programme, far below bigint limits

class PriorityDto {
  @IsArray()
  @IsIn(OCCUPATION_CODES, { each: true, message: '优先职业无效' })
  occupations: Occupation[];

  @IsInt({ message: '提前天数应为1到60的整数' })
  @Min(1, { message: '提前天数应为1到60的整数' })
  @Max(60, { message: '提前天数应为1到60的整数' })
  daysEarly: number;
}

export class EligibilityRulesDto {
  @IsOptional()
  @IsArray()
  @IsIn(OCCUPATION_CODES, { each: true, message: '职业无效' })
  occupations?: Occupation[];

  @IsOptional()
  @IsArray()
  @IsIn(GENDERS, { each: true, message: '性别只能是 male 或 female' })
  genders?: Gender[];

  @IsOptional()
  @IsInt({ message: '入会天数应为0到3650的整数' })
  @Min(0, { message: '入会天数应为0到3650的整数' })
  @Max(3650, { message: '入会天数应为0到3650的整数' })
  minMembershipDays?: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => PriorityDto)
  priority?: PriorityDto;
}

export class CreateProgrammeDto {
  /** Stable key; generated when absent. */
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'code 为2到40位小写字母、数字或连字符' })
  code?: string;

  @IsString({ message: '请填写项目名称' })
  @Length(2, 60, { message: '项目名称为2到60个字符' })
  name: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: '说明最多2000个字符' })
  description?: string;

  /** The union that runs it; defaults to the caller's. */
  @IsOptional()
  @IsUUID('all', { message: 'orgId 无效' })
  orgId?: string;

  @IsISO8601({ strict: true }, { message: 'periodStart 应为 ISO 8601 时间' })
  periodStart: string;

  @IsISO8601({ strict: true }, { message: 'periodEnd 应为 ISO 8601 时间' })
  periodEnd: string;

  @IsOptional()
  @IsBoolean({ message: 'active 应为布尔值' })
  active?: boolean;

  @IsOptional()
  @ValidateNested()
  @Type(() => EligibilityRulesDto)
  rules?: EligibilityRulesDto;

  @IsIn(CLAIM_PERIODS, { message: 'claimPeriod 只能是 year、season、programme 或 session' })
  claimPeriod: ClaimPeriod;

  @IsBoolean({ message: 'hasSessions 应为布尔值' })
  hasSessions: boolean;

  /** Overall places; null when places are per session or unlimited. */
  @IsOptional()
  @IsInt({ message: 'capacity 应为非负整数' })
  @Min(0, { message: 'capacity 应为非负整数' })
  capacity?: number | null;

  /** In fen; null = no budget limit. */
  @IsOptional()
  @IsInt({ message: 'budgetFen 应为非负整数（分）' })
  @Min(0, { message: 'budgetFen 应为非负整数（分）' })
  @Max(MAX_FEN, { message: 'budgetFen 过大' })
  budgetFen?: number | null;

  /** Cost per claim in fen (a man's, when it differs by gender). */
  @IsInt({ message: 'costFen 应为非负整数（分）' })
  @Min(0, { message: 'costFen 应为非负整数（分）' })
  @Max(MAX_FEN, { message: 'costFen 过大' })
  costFen: number;

  @IsOptional()
  @IsInt({ message: 'costFenFemale 应为非负整数（分）' })
  @Min(0, { message: 'costFenFemale 应为非负整数（分）' })
  @Max(MAX_FEN, { message: 'costFenFemale 过大' })
  costFenFemale?: number | null;

  @IsOptional()
  @IsBoolean({ message: 'requiresApproval 应为布尔值' })
  requiresApproval?: boolean;

  @IsOptional()
  @IsBoolean({ message: 'hasWaitlist 应为布尔值' })
  hasWaitlist?: boolean;

  @IsOptional()
  @IsInt({ message: 'cancelHoursBefore 应为0到720的整数' })
  @Min(0, { message: 'cancelHoursBefore 应为0到720的整数' })
  @Max(720, { message: 'cancelHoursBefore 应为0到720的整数' })
  cancelHoursBefore?: number;

  /** Provider accounts that may redeem its claims (replaces the list). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'providerUserIds 应为用户编号' })
  providerUserIds?: string[];
}

export class UpdateProgrammeDto extends PartialType(OmitType(CreateProgrammeDto, ['code'] as const)) {}

export class CreateSessionDto {
  @IsString({ message: '请填写批次名称' })
  @Length(2, 60, { message: '批次名称为2到60个字符' })
  name: string;

  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '地点最多200个字符' })
  location?: string;

  @IsISO8601({ strict: true }, { message: 'opensAt 应为 ISO 8601 时间' })
  opensAt: string;

  @IsISO8601({ strict: true }, { message: 'startsAt 应为 ISO 8601 时间' })
  startsAt: string;

  @IsISO8601({ strict: true }, { message: 'endsAt 应为 ISO 8601 时间' })
  endsAt: string;

  @IsInt({ message: 'capacity 应为1到100000的整数' })
  @Min(1, { message: 'capacity 应为1到100000的整数' })
  @Max(100_000, { message: 'capacity 应为1到100000的整数' })
  capacity: number;
}

export class UpdateSessionDto extends PartialType(CreateSessionDto) {}
