import { OmitType, PartialType } from '@nestjs/swagger';
import { CLAIM_PERIODS, ClaimPeriod, Gender, GENDERS, OCCUPATION_CODES, Occupation, OUTSIDE_WINDOW_REDEMPTIONS, OutsideWindowRedemption } from '@kgh/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
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
import { Optional } from '../../common/optional.decorator';
import { IsTimestamp } from '../../common/timestamp.validator';
import { Trimmed } from '../../common/domain-validators';

const MAX_BUDGET_FEN = 1_000_000_000_00; // one billion yuan: far above any programme, far below the bigint column's limit
const MAX_COST_FEN = 100_000_000; // one million yuan a claim: far above any benefit, within the int4 columns
const MAX_PROGRAMME_CAPACITY = 1_000_000; // more places than the district has workers; int4 column

class PriorityDto {
  @IsArray({ message: '优先职业应为列表' })
  @ArrayMaxSize(OCCUPATION_CODES.length, { message: '优先职业重复' })
  @IsIn(OCCUPATION_CODES, { each: true, message: '优先职业无效' })
  occupations: Occupation[];

  @IsInt({ message: '提前天数应为1到60的整数' })
  @Min(1, { message: '提前天数应为1到60的整数' })
  @Max(60, { message: '提前天数应为1到60的整数' })
  daysEarly: number;
}

export class EligibilityRulesDto {
  @Optional()
  @IsArray({ message: '职业应为列表' })
  @ArrayMaxSize(OCCUPATION_CODES.length, { message: '职业重复' })
  @IsIn(OCCUPATION_CODES, { each: true, message: '职业无效' })
  occupations?: Occupation[];

  @Optional()
  @IsArray({ message: '性别应为列表' })
  @ArrayMaxSize(GENDERS.length, { message: '性别重复' })
  @IsIn(GENDERS, { each: true, message: '性别只能是 male 或 female' })
  genders?: Gender[];

  @Optional()
  @IsInt({ message: '入会天数应为0到3650的整数' })
  @Min(0, { message: '入会天数应为0到3650的整数' })
  @Max(3650, { message: '入会天数应为0到3650的整数' })
  minMembershipDays?: number;

  // ValidateNested alone would take an array of objects too; the rules are read as one object.
  @Optional()
  @IsObject({ message: 'priority 应为对象' })
  @ValidateNested()
  @Type(() => PriorityDto)
  priority?: PriorityDto;
}

export class CreateProgrammeDto {
  /** Stable key; generated when absent. */
  @Optional()
  @Matches(/^[a-z0-9-]{2,40}$/, { message: 'code 为2到40位小写字母、数字或连字符' })
  code?: string;

  @Trimmed()
  @IsString({ message: '请填写项目名称' })
  @Length(2, 60, { message: '项目名称为2到60个字符' })
  name: string;

  @Optional()
  @Trimmed()
  @IsString({ message: '说明应为文字' })
  @MaxLength(2000, { message: '说明最多2000个字符' })
  description?: string;

  /** The union that runs it; defaults to the caller's. */
  @Optional()
  @IsUUID('all', { message: 'orgId 无效' })
  orgId?: string;

  @IsTimestamp()
  periodStart: string;

  @IsTimestamp()
  periodEnd: string;

  @Optional()
  @IsBoolean({ message: 'active 应为布尔值' })
  active?: boolean;

  @Optional()
  @IsObject({ message: 'rules 应为对象' })
  @ValidateNested()
  @Type(() => EligibilityRulesDto)
  rules?: EligibilityRulesDto;

  @IsIn(CLAIM_PERIODS, { message: 'claimPeriod 只能是 year、season、programme 或 session' })
  claimPeriod: ClaimPeriod;

  @IsBoolean({ message: 'hasSessions 应为布尔值' })
  hasSessions: boolean;

  /** Overall places; null when places are per session or unlimited. */
  @IsOptional()
  @IsInt({ message: 'capacity 应为0到1000000的整数' })
  @Min(0, { message: 'capacity 应为0到1000000的整数' })
  @Max(MAX_PROGRAMME_CAPACITY, { message: 'capacity 应为0到1000000的整数' })
  capacity?: number | null;

  /** In fen; null = no budget limit. */
  @IsOptional()
  @IsInt({ message: 'budgetFen 应为非负整数（分）' })
  @Min(0, { message: 'budgetFen 应为非负整数（分）' })
  @Max(MAX_BUDGET_FEN, { message: 'budgetFen 最多 100000000000 分（10亿元）' })
  budgetFen?: number | null;

  /** Cost per claim in fen (a man's, when it differs by gender). */
  @IsInt({ message: 'costFen 应为非负整数（分）' })
  @Min(0, { message: 'costFen 应为非负整数（分）' })
  @Max(MAX_COST_FEN, { message: 'costFen 最多 100000000 分（100万元）' })
  costFen: number;

  @IsOptional()
  @IsInt({ message: 'costFenFemale 应为非负整数（分）' })
  @Min(0, { message: 'costFenFemale 应为非负整数（分）' })
  @Max(MAX_COST_FEN, { message: 'costFenFemale 最多 100000000 分（100万元）' })
  costFenFemale?: number | null;

  @Optional()
  @IsBoolean({ message: 'requiresApproval 应为布尔值' })
  requiresApproval?: boolean;

  @Optional()
  @IsBoolean({ message: 'hasWaitlist 应为布尔值' })
  hasWaitlist?: boolean;

  @Optional()
  @IsInt({ message: 'cancelHoursBefore 应为0到720的整数' })
  @Min(0, { message: 'cancelHoursBefore 应为0到720的整数' })
  @Max(720, { message: 'cancelHoursBefore 应为0到720的整数' })
  cancelHoursBefore?: number;

  /** A batch's claim redeemed outside the batch's days (Shanghai): `warn` (default) or `refuse`. */
  @Optional()
  @IsIn(OUTSIDE_WINDOW_REDEMPTIONS, { message: 'outsideWindowRedemption 只能是 warn 或 refuse' })
  outsideWindowRedemption?: OutsideWindowRedemption;

  /** Provider accounts that may redeem its claims (replaces the list). */
  @Optional()
  @IsArray({ message: 'providerUserIds 应为列表' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'providerUserIds 应为用户编号' })
  providerUserIds?: string[];
}

export class UpdateProgrammeDto extends PartialType(OmitType(CreateProgrammeDto, ['code'] as const), { skipNullProperties: false }) {}

export class CreateSessionDto {
  @Trimmed()
  @IsString({ message: '请填写批次名称' })
  @Length(2, 60, { message: '批次名称为2到60个字符' })
  name: string;

  @Optional()
  @Trimmed()
  @IsString({ message: '地点应为文字' })
  @MaxLength(200, { message: '地点最多200个字符' })
  location?: string;

  @IsTimestamp()
  opensAt: string;

  @IsTimestamp()
  startsAt: string;

  @IsTimestamp()
  endsAt: string;

  @IsInt({ message: 'capacity 应为1到100000的整数' })
  @Min(1, { message: 'capacity 应为1到100000的整数' })
  @Max(100_000, { message: 'capacity 应为1到100000的整数' })
  capacity: number;
}

export class UpdateSessionDto extends PartialType(CreateSessionDto, { skipNullProperties: false }) {}
