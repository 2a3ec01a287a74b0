import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import {
  creditCodeProblem,
  FORMATION_MODE_CODES,
  FormationMode,
  Industry,
  INDUSTRY_CODES,
  TOWN_CODES,
  TownCode,
  UNION_STATUS_CODES,
  UnionStatus,
} from '@kgh/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDay, NotInFuture } from '../common/calendar-day';
import { QueryBoolean, TransformValue, Trimmed } from '../common/domain-validators';
import { Optional } from '../common/optional.decorator';
import { PageQuery } from '../common/page.query';
import { ENUM } from '../openapi/enums';

// class-validator checks a property's rules from the bottom decorator up and the pipe stops at the
// first failure: the type check is written last.

const INDUSTRY_MESSAGE = `行业只能是 ${INDUSTRY_CODES.join('、')}`;
const STATUS_MESSAGE = `建会状态只能是 ${UNION_STATUS_CODES.join('、')}`;
const MODE_MESSAGE = `建会方式只能是 ${FORMATION_MODE_CODES.join('、')}`;
const MAX_WORKERS = 1_000_000;

/** 18 characters per GB 32100, upper-cased and trimmed before the check; the message names what is wrong. */
export const CreditCode = (): PropertyDecorator => (target, property) => {
  TransformValue((value) => (typeof value === 'string' ? value.trim().toUpperCase() : value))(target, property);
  IsString({ message: '请填写统一社会信用代码' })(target, property);
  ValidateBy({
    name: 'creditCode',
    validator: {
      validate: (value) => typeof value === 'string' && creditCodeProblem(value) === null,
      defaultMessage: (args) => creditCodeProblem(String(args?.value ?? '')) ?? '统一社会信用代码不正确',
    },
  })(target, property);
};

/** New-form workers are some of all the workers. */
const AtMostWorkers = () =>
  ValidateBy({
    name: 'atMostWorkers',
    validator: {
      validate: (value, args) => {
        const workers = (args?.object as { workers?: unknown }).workers;
        return typeof value !== 'number' || typeof workers !== 'number' || value <= workers;
      },
      defaultMessage: () => '新就业形态劳动者人数不能多于职工总数',
    },
  });

const Count = (what: string) => (target: object, property: string | symbol) => {
  // Written in the order they run: the type first.
  IsInt({ message: `${what}应为0到${MAX_WORKERS}的整数` })(target, property);
  Min(0, { message: `${what}应为0到${MAX_WORKERS}的整数` })(target, property);
  Max(MAX_WORKERS, { message: `${what}应为0到${MAX_WORKERS}的整数` })(target, property);
};

export class CreateEnterpriseDto {
  @Trimmed()
  @Matches(/\S/, { message: '请填写企业名称' })
  @MaxLength(100, { message: '企业名称最多100个字符' })
  @IsString({ message: '请填写企业名称' })
  name: string;

  /** 统一社会信用代码, 18 characters (GB 32100); lower case is upper-cased. */
  @ApiProperty({ example: '91350100M000100Y43', minLength: 18, maxLength: 18 })
  @CreditCode()
  creditCode: string;

  @ApiProperty(ENUM.Industry)
  @IsIn(INDUSTRY_CODES, { message: INDUSTRY_MESSAGE })
  industry: Industry;

  @ApiProperty(ENUM.TownCode)
  @IsIn(TOWN_CODES, { message: '请选择所在镇（街道）' })
  townCode: TownCode;

  @Trimmed()
  @Matches(/\S/, { message: '请填写地址' })
  @MaxLength(200, { message: '地址最多200个字符' })
  @IsString({ message: '请填写地址' })
  address: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  @Count('职工总数')
  workers: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  @AtMostWorkers()
  @Count('新就业形态劳动者人数')
  newFormWorkers: number;

  /** Brands or platforms it runs. */
  @Optional()
  @ArrayUnique({ message: '品牌不能重复' })
  @ArrayMaxSize(30, { message: '品牌最多30个' })
  @Length(1, 30, { each: true, message: '每个品牌为1到30个字符' })
  @IsString({ each: true, message: '品牌应为文本' })
  @IsArray({ message: '品牌应为列表' })
  brands?: string[];

  @IsOptional()
  @Trimmed()
  @MaxLength(30, { message: '联系人最多30个字符' })
  @IsString({ message: '联系人应为文本' })
  contactName?: string | null;

  @IsOptional()
  @Trimmed()
  @Matches(/^[0-9+\-() ]{5,20}$/, { message: '联系电话格式不正确' })
  @IsString({ message: '联系电话应为文本' })
  contactPhone?: string | null;

  /** Default not_established; later changes go through `POST /admin/enterprises/{id}/status`. */
  @ApiPropertyOptional(ENUM.UnionStatus)
  @Optional()
  @IsIn(UNION_STATUS_CODES, { message: STATUS_MESSAGE })
  unionStatus?: UnionStatus;
}

// Null is refused like any bad value: only contactName and contactPhone (IsOptional) may be cleared with it.
export class UpdateEnterpriseDto extends PartialType(OmitType(CreateEnterpriseDto, ['unionStatus'] as const), { skipNullProperties: false }) {}

export class ChangeUnionStatusDto {
  @ApiProperty(ENUM.UnionStatus)
  @IsIn(UNION_STATUS_CODES, { message: STATUS_MESSAGE })
  unionStatus: UnionStatus;

  /** Why, kept in the timeline. */
  @Trimmed()
  @Length(2, 200, { message: '变更原因为2到200个字符' })
  @IsString({ message: '请填写变更原因' })
  reason: string;

  /** Required to establish. */
  @ApiPropertyOptional(ENUM.FormationMode)
  @Optional()
  @IsIn(FORMATION_MODE_CODES, { message: MODE_MESSAGE })
  formationMode?: FormationMode;

  /** To establish: an existing base-level union of the caller's subtree that covers the enterprise… */
  @Optional()
  @IsUUID('all', { message: 'unionOrgId 应为工会组织的ID' })
  unionOrgId?: string;

  /** …or the name of a new base-level union, made under the enterprise's town. */
  @Optional()
  @Trimmed()
  @Length(2, 60, { message: '新工会名称为2到60个字符' })
  @IsString({ message: '新工会名称应为文本' })
  newUnionName?: string;
}

export class NewProblemDto {
  @Trimmed()
  @Length(2, 200, { message: '问题描述为2到200个字符' })
  @IsString({ message: '请描述发现的问题' })
  description: string;
}

export class LogVisitDto {
  /** YYYY-MM-DD, Asia/Shanghai; not in the future. */
  @ApiProperty({ example: '2026-05-01' })
  @NotInFuture()
  @IsCalendarDay()
  visitedOn: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  @Count('走访职工人数')
  workersMet: number;

  @IsOptional()
  @Trimmed()
  @MaxLength(500, { message: '走访记录最多500个字符' })
  @IsString({ message: '走访记录应为文本' })
  note?: string | null;

  /** Problems found on the visit. */
  @Optional()
  @Type(() => NewProblemDto)
  @ValidateNested({ each: true })
  @ArrayMaxSize(20, { message: '一次走访最多记录20个问题' })
  @IsArray({ message: '问题应为列表' })
  problems?: NewProblemDto[];
}

export class SolveProblemDto {
  /** YYYY-MM-DD, default today; not before the visit, not in the future. */
  @ApiPropertyOptional({ example: '2026-05-20' })
  @Optional()
  @NotInFuture()
  @IsCalendarDay()
  solvedOn?: string;

  @IsOptional()
  @Trimmed()
  @MaxLength(500, { message: '解决情况最多500个字符' })
  @IsString({ message: '解决情况应为文本' })
  note?: string | null;
}

const SearchText = () => (target: object, property: string | symbol) => {
  IsString({ message: '搜索词应为文本' })(target, property);
  MaxLength(60, { message: '搜索词最多60个字符' })(target, property);
};

const TownFilter = () => (target: object, property: string | symbol) => {
  ApiPropertyOptional(ENUM.TownCode)(target, property);
  IsOptional()(target, property);
  IsIn(TOWN_CODES, { message: 'townCode 不是柯桥区的镇（街道）代码' })(target, property);
};

const IndustryFilter = () => (target: object, property: string | symbol) => {
  ApiPropertyOptional(ENUM.Industry)(target, property);
  IsOptional()(target, property);
  IsIn(INDUSTRY_CODES, { message: `industry 只能是 ${INDUSTRY_CODES.join('、')}` })(target, property);
};

/** The ledger's filters, except its status ones: what the counts by status are counted over. */
export class EnterpriseCountsQuery {
  @TownFilter()
  townCode?: TownCode;

  @IndustryFilter()
  industry?: Industry;

  /** Name, brand or credit code, anywhere in it. */
  @IsOptional()
  @SearchText()
  q?: string;
}

/** The ledger: by town, then name. */
export class ListEnterprisesQuery extends IntersectionType(PageQuery, EnterpriseCountsQuery) {
  @ApiPropertyOptional(ENUM.UnionStatus)
  @IsOptional()
  @IsIn(UNION_STATUS_CODES, { message: `unionStatus 只能是 ${UNION_STATUS_CODES.join('、')}` })
  unionStatus?: UnionStatus;

  @ApiPropertyOptional(ENUM.FormationMode)
  @IsOptional()
  @IsIn(FORMATION_MODE_CODES, { message: `formationMode 只能是 ${FORMATION_MODE_CODES.join('、')}` })
  formationMode?: FormationMode;
}

export class EnterpriseImportQuery {
  /** true: check every row and answer what would be written, writing nothing. */
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'dryRun 只能是 true 或 false' })
  dryRun?: boolean;
}

/** The join form's employer picker. */
export class EnterpriseSearchQuery {
  /** Part of the name or of a brand, at least one character. */
  @Trimmed()
  @Length(1, 60, { message: '请输入1到60个字的企业名称或品牌' })
  @IsString({ message: '请输入企业名称或品牌' })
  q: string;

  @TownFilter()
  townCode?: TownCode;
}

export class CensusTargetsQuery {
  /** Default: this year in Asia/Shanghai. */
  @ApiPropertyOptional({ type: 'integer', minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @Max(2100, { message: 'year 应为2000到2100的年份' })
  @Min(2000, { message: 'year 应为2000到2100的年份' })
  @IsInt({ message: 'year 应为2000到2100的年份' })
  year?: number;
}

export class SetCensusTargetDto {
  @ApiProperty({ type: 'integer', minimum: 0 })
  @Count('建会企业目标')
  enterprisesToOrganise: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  @Count('入会人数目标')
  membersToEnrol: number;
}
