import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  Amenity,
  AMENITY_CODES,
  COORDINATE_SYSTEMS,
  CoordinateSystem,
  STATION_KIND_CODES,
  STATION_REPORT_KIND_CODES,
  STATION_REPORT_STATUSES,
  StationKind,
  StationReportKind,
  StationReportStatus,
  TOWN_CODES,
  TownCode,
} from '@kgh/shared';
import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { QueryBoolean, TransformValue } from '../common/domain-validators';
import { Optional } from '../common/optional.decorator';
import { PageQuery } from '../common/page.query';
import { ENUM } from '../openapi/enums';
import { IsTimestamp } from '../common/timestamp.validator';
import { OpeningHoursView } from './dto/station-views.dto';
import { Closure, OpeningHours, openingHoursProblem } from './opening-hours';

// class-validator checks a property's rules from the bottom decorator up, and the pipe stops at the
// first failure: the type check is written last, so that a value of the wrong type (null included)
// is told so rather than that it is too long or out of range.

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A query-string number: only a plain decimal converts; anything else stays text and fails @IsNumber. */
const QueryNumber = () => TransformValue((value) => (typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value) : value));

/** `a,b` or repeated parameters, as one list; an empty value is no list. */
const QueryList = () =>
  TransformValue((value) => {
    const parts = ([] as unknown[]).concat(value).flatMap((part) => (typeof part === 'string' ? part.split(',') : [part]));
    const list = parts.map((part) => (typeof part === 'string' ? part.trim() : part)).filter((part) => part !== '');
    return list.length > 0 ? list : undefined;
  });

const AMENITY_MESSAGE = `设施只能是 ${AMENITY_CODES.join('、')}`;

export class NearbyStationsQuery {
  /** Latitude of the caller, in the datum named by `coord`. */
  @QueryNumber()
  @Min(-90, { message: 'lat 应在 -90 到 90 之间' })
  @Max(90, { message: 'lat 应在 -90 到 90 之间' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lat 应为纬度数值' })
  lat: number;

  @QueryNumber()
  @Min(-180, { message: 'lng 应在 -180 到 180 之间' })
  @Max(180, { message: 'lng 应在 -180 到 180 之间' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lng 应为经度数值' })
  lng: number;

  /** gcj02 (WeChat, Chinese maps) or wgs84 (browsers, GPS); converted to GCJ-02 here. */
  @ApiPropertyOptional({ ...ENUM.CoordinateSystem, default: 'gcj02' })
  @IsOptional()
  @IsIn(COORDINATE_SYSTEMS, { message: 'coord 只能是 gcj02 或 wgs84' })
  coord: CoordinateSystem = 'gcj02';

  /** Only stations within this many metres. */
  @IsOptional()
  @QueryNumber()
  @Min(1, { message: 'radius 应为正数（米）' })
  @Max(200_000, { message: 'radius 最大 200000 米' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'radius 应为米数' })
  radius?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @QueryNumber()
  @Min(1, { message: 'limit 应为1到100的整数' })
  @Max(100, { message: 'limit 应为1到100的整数' })
  @IsInt({ message: 'limit 应为1到100的整数' })
  limit: number = 20;

  /** Comma-separated; a station must have all of them. */
  @ApiPropertyOptional({ ...ENUM.Amenity, isArray: true })
  @IsOptional()
  @QueryList()
  @IsIn(AMENITY_CODES, { each: true, message: AMENITY_MESSAGE })
  amenities?: Amenity[];

  /** true: only stations open at the time of the request (Asia/Shanghai, closures included). */
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'openNow 只能是 true 或 false' })
  openNow?: boolean;
}

export class ReportStationDto {
  @IsIn(STATION_REPORT_KIND_CODES, { message: `问题类型只能是 ${STATION_REPORT_KIND_CODES.join('、')}` })
  kind: StationReportKind;

  /** Required for `other`. */
  @ValidateIf((report: ReportStationDto) => report.kind === 'other' || report.note !== undefined)
  @Length(1, 500, { message: '问题描述为1到500个字符' })
  @IsString({ message: '请描述遇到的问题' })
  note?: string;
}

export class ClosureDto implements Closure {
  /** ISO-8601 with offset. */
  @IsTimestamp()
  from: string;

  @ValidateBy({
    name: 'afterFrom',
    validator: {
      validate: (value, args) => Date.parse(String(value)) > Date.parse(String((args?.object as ClosureDto).from)),
      defaultMessage: () => '停用结束时间应晚于开始时间',
    },
  })
  @IsTimestamp()
  to: string;

  @Length(1, 100, { message: '停用原因为1到100个字符' })
  @IsString({ message: '请填写停用原因' })
  reason: string;
}

const ValidOpeningHours = () =>
  ValidateBy({
    name: 'openingHours',
    validator: {
      validate: (value) => openingHoursProblem(value) === null,
      defaultMessage: (args) => openingHoursProblem(args?.value) ?? '营业时间格式不正确',
    },
  });

export class CreateStationDto {
  @Matches(/\S/, { message: '请填写驿站名称' })
  @MaxLength(60, { message: '驿站名称最多60个字符' })
  @IsString({ message: '请填写驿站名称' })
  name: string;

  @IsIn(STATION_KIND_CODES, { message: `驿站类型只能是 ${STATION_KIND_CODES.join('、')}` })
  kind: StationKind;

  @IsIn(TOWN_CODES, { message: '请选择所在镇（街道）' })
  townCode: TownCode;

  @Matches(/\S/, { message: '请填写地址' })
  @MaxLength(200, { message: '地址最多200个字符' })
  @IsString({ message: '请填写地址' })
  address: string;

  /** GCJ-02 latitude. */
  @Min(-90, { message: '纬度应在 -90 到 90 之间' })
  @Max(90, { message: '纬度应在 -90 到 90 之间' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '纬度应为数值' })
  lat: number;

  /** GCJ-02 longitude. */
  @Min(-180, { message: '经度应在 -180 到 180 之间' })
  @Max(180, { message: '经度应在 -180 到 180 之间' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: '经度应为数值' })
  lng: number;

  @IsOptional()
  @Matches(/^[0-9+\-() ]{5,20}$/, { message: '电话格式不正确' })
  @IsString({ message: '电话应为文本' })
  phone?: string | null;

  @IsOptional()
  @MaxLength(100, { message: '承办单位最多100个字符' })
  @IsString({ message: '承办单位应为文本' })
  hostOrg?: string | null;

  @ArrayUnique({ message: '设施不能重复' })
  @IsIn(AMENITY_CODES, { each: true, message: AMENITY_MESSAGE })
  @IsArray({ message: '设施应为列表' })
  amenities: Amenity[];

  /** `{ is24h: false, weekly: { mon: [['08:00', '20:00']], … } }`; an end before the start runs past midnight. */
  @ApiProperty({ type: OpeningHoursView })
  @ValidOpeningHours()
  @IsObject({ message: '营业时间格式不正确' })
  openingHours: OpeningHours;

  /** Temporary closures; they override the weekly schedule. */
  @Optional()
  @Type(() => ClosureDto)
  @ValidateNested({ each: true, message: '临时停用的每一项应为含 from、to、reason 的对象' })
  @IsArray({ message: '临时停用应为列表' })
  closures?: ClosureDto[];
}

// Null is refused like any bad value: only phone and hostOrg (IsOptional) may be cleared with it.
export class UpdateStationDto extends PartialType(CreateStationDto, { skipNullProperties: false }) {
  /** false hides the station from workers (same as DELETE); true brings it back. */
  @Optional()
  @IsBoolean({ message: 'active 只能是 true 或 false' })
  active?: boolean;
}

/** The console's station table: by town, kind, active or not, and name or address text. */
export class ListAdminStationsQuery extends PageQuery {
  @ApiPropertyOptional(ENUM.TownCode)
  @IsOptional()
  @IsIn(TOWN_CODES, { message: 'townCode 不是柯桥区的镇（街道）' })
  townCode?: TownCode;

  @ApiPropertyOptional(ENUM.StationKind)
  @IsOptional()
  @IsIn(STATION_KIND_CODES, { message: `kind 只能是 ${STATION_KIND_CODES.join('、')}` })
  kind?: StationKind;

  /** true: shown to workers; false: deactivated. */
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'active 只能是 true 或 false' })
  active?: boolean;

  @IsOptional()
  @MaxLength(60, { message: '搜索词最多60个字符' })
  @IsString({ message: '搜索词应为文本' })
  q?: string;
}

export class StationImportQuery {
  /** true: check every row and answer what would be written, writing nothing. */
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'dryRun 只能是 true 或 false' })
  dryRun?: boolean;
}

export class ListStationReportsQuery extends PageQuery {
  @ApiPropertyOptional(ENUM.StationReportStatus)
  @IsOptional()
  @IsIn(STATION_REPORT_STATUSES, { message: 'status 只能是 open 或 resolved' })
  status?: StationReportStatus;
}

export class ResolveStationReportDto {
  @IsOptional()
  @MaxLength(500, { message: '处理说明最多500个字符' })
  @IsString({ message: '处理说明应为文本' })
  note?: string;
}
