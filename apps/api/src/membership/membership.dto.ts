import {
  APPLICATION_FIELD_CODES,
  APPLICATION_STATUSES,
  ApplicationField,
  ApplicationStatus,
  EMPLOYER_CODES,
  EmployerCode,
  OCCUPATION_CODES,
  Occupation,
  TOWN_CODES,
  TownCode,
} from '@kgh/shared';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateIf } from 'class-validator';
import { IsCalendarDay, NotBeforeDay } from '../common/calendar-day';
import { MobilePhone, ResidentIdNumber, Trimmed } from '../common/domain-validators';
import { PageQuery } from '../common/page.query';
import { OrgSubtreeFilter, TownCodeFilter } from './dto/filter-fields';
import { ENUM } from '../openapi/enums';

export class ApplyForMembershipDto {
  /** Real name as on the ID card. */
  @Trimmed()
  @IsString({ message: '请输入姓名' })
  @Length(2, 30, { message: '姓名长度为2到30个字符' })
  @Matches(/^[\p{Script=Han}·A-Za-z\s]+$/u, { message: '姓名只能包含汉字、字母和间隔号' })
  name: string;

  /** 18-character resident ID number (GB 11643). May be left out when correcting a rejected application: its number is kept. */
  @ValidateIf((dto: ApplyForMembershipDto) => dto.idNumber !== undefined || dto.correctsApplicationId === undefined)
  @ResidentIdNumber()
  idNumber?: string;

  /** The caller's own rejected application this one corrects (`GET /membership/me`): its ID number is used when none is sent. */
  @IsOptional()
  @IsUUID('all', { message: '要修改的申请无效' })
  correctsApplicationId?: string;

  @MobilePhone()
  phone: string;

  @IsIn(OCCUPATION_CODES, { message: '请选择职业' })
  occupation: Occupation;

  @IsIn(EMPLOYER_CODES, { message: '请选择所在企业或平台' })
  employer: EmployerCode;

  @IsIn(TOWN_CODES, { message: '请选择主要工作所在镇（街道）' })
  townCode: TownCode;

  /** The enterprise picked from the census (`GET /enterprises/search`); it must be listed there. */
  @IsOptional()
  @IsUUID('all', { message: '所选企业无效，请重新选择' })
  enterpriseId?: string;

  /** The employer's name when it is not listed in the census. */
  @IsOptional()
  @Trimmed()
  @MaxLength(60, { message: '工作单位名称最多60个字符' })
  @IsString({ message: '工作单位名称应为文本' })
  employerName?: string;

  /** The privacy notice version the worker agreed to. */
  @IsString({ message: '请阅读并同意隐私政策' })
  @MaxLength(20, { message: '隐私政策版本无效' })
  consentVersion: string;
}

/** The review queue's filters; oldest submission first. */
export class ListApplicationsQuery extends PageQuery {
  @ApiPropertyOptional({ ...ENUM.ApplicationStatus, default: 'pending' })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES, { message: 'status 只能是 pending、approved 或 rejected' })
  status: ApplicationStatus = 'pending';

  /** The town where the worker mostly works. */
  @TownCodeFilter()
  townCode?: TownCode;

  /** The union the application was routed to, or one above it (its whole subtree). */
  @OrgSubtreeFilter()
  orgId?: string;

  @ApiPropertyOptional(ENUM.Occupation)
  @IsOptional()
  @IsIn(OCCUPATION_CODES, { message: 'occupation 不是有效的职业代码' })
  occupation?: Occupation;

  /** Submitted on or after this day (YYYY-MM-DD, Asia/Shanghai). */
  @IsOptional()
  @IsCalendarDay()
  from?: string;

  /** Submitted on or before this day (YYYY-MM-DD, Asia/Shanghai). */
  @IsOptional()
  @IsCalendarDay()
  @NotBeforeDay('from')
  to?: string;
}

/** Applications to approve in one go, each on its own. */
export class BulkApproveApplicationsDto {
  /** 1 to 100 application ids; repeated ids count once. */
  @IsArray({ message: 'ids 应为入会申请ID的列表' })
  @ArrayMinSize(1, { message: '请至少选择一条入会申请' })
  @ArrayMaxSize(100, { message: '一次最多批准100条入会申请' })
  @IsUUID('all', { each: true, message: 'ids 中含有无效的入会申请ID' })
  ids: string[];
}

/** Why staff need the whole ID number; kept in the audit log with the read. */
export class RevealIdNumberDto {
  @Trimmed()
  @IsString({ message: '请填写查看完整身份证号的原因' })
  @Length(2, 200, { message: '查看原因长度为2到200个字符' })
  reason: string;
}

export class RejectApplicationDto {
  /** Shown to the worker. */
  @Trimmed()
  @IsString({ message: '请填写不通过的原因' })
  @Length(2, 200, { message: '原因长度为2到200个字符' })
  reason: string;

  /** The answers the worker must fill in again; the others stay as sent when they correct it. */
  @ApiPropertyOptional({ ...ENUM.ApplicationField, isArray: true })
  @IsOptional()
  @IsArray({ message: 'fields 应为列表' })
  @ArrayUnique({ message: 'fields 不能重复' })
  @IsIn(APPLICATION_FIELD_CODES, { each: true, message: 'fields 只能是 name、idNumber、phone、occupation、employer、townCode' })
  fields?: ApplicationField[];
}

export class VerifyCardDto {
  @IsString({ message: '请提供会员卡二维码内容' })
  @MaxLength(512, { message: '二维码内容无效' })
  payload: string;
}
