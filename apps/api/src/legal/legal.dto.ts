import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import {
  LEGAL_DESCRIPTION_MAX,
  LEGAL_PARTY_CODES,
  LEGAL_STATUS_CODES,
  LEGAL_TOPIC_CODES,
  LegalParty,
  LegalStatus,
  LegalTopic,
  MEDIATION_FORM_CODES,
  MediationForm,
  REFERRAL_BODY_CODES,
  ReferralBody,
  TOWN_CODES,
  TownCode,
} from '@kgh/shared';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDay, NotBeforeDay, NotInFuture } from '../common/calendar-day';
import { MobilePhone, QueryBoolean, Trimmed } from '../common/domain-validators';
import { Optional } from '../common/optional.decorator';
import { PageQuery } from '../common/page.query';
import { ENUM } from '../openapi/enums';
import { LEGAL_KINDS, type LegalKind } from './legal-request.entity';

// class-validator checks a property's rules from the bottom decorator up and the pipe stops at the
// first failure: the type check is written last.

export const FEN_MESSAGE = '金额应为以分计的整数';
/** The integer column's room, 2,000万元: more than any one dispute here. */
const MAX_FEN = 2_000_000_000;

/** An amount in fen: a whole, non-negative number, never a float of yuan. */
const Fen = () => (target: object, property: string | symbol) => {
  ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_FEN, description: '金额（分）' })(target, property);
  Optional()(target, property);
  Max(MAX_FEN, { message: '金额不能超过2000万元（2000000000分）' })(target, property);
  Min(0, { message: FEN_MESSAGE })(target, property);
  IsInt({ message: FEN_MESSAGE })(target, property);
};

/** Text of `min`..`max` characters after trimming, with `what` named in the message. */
const Text = (what: string, min: number, max: number) => (target: object, property: string | symbol) => {
  Trimmed()(target, property);
  Length(min, max, { message: `${what}为${min}到${max}个字符` })(target, property);
  IsString({ message: `请填写${what}` })(target, property);
};

const TOPIC_MESSAGE = `topic 只能是 ${LEGAL_TOPIC_CODES.join('、')}`;
const STATUS_MESSAGE = `status 只能是 ${LEGAL_STATUS_CODES.join('、')}`;

export class CreateLegalRequestDto {
  @ApiProperty(ENUM.LegalTopic)
  @IsIn(LEGAL_TOPIC_CODES, { message: '请选择求助事项' })
  topic: LegalTopic;

  /** Who it is against; `unknown` when the worker cannot say (gig work often hides the employer). */
  @ApiProperty(ENUM.LegalParty)
  @IsIn(LEGAL_PARTY_CODES, { message: '请选择对方（平台、合作商、企业、其他或不清楚）' })
  against: LegalParty;

  /** The platform's, partner's or enterprise's name, if known. */
  @Optional()
  @Trimmed()
  @MaxLength(60, { message: '对方名称最多60个字符' })
  @IsString({ message: '对方名称应为文本' })
  againstName?: string;

  @Text('情况描述', 5, LEGAL_DESCRIPTION_MAX)
  description: string;

  @Fen()
  amountClaimedFen?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 10_000, default: 1 })
  @Optional()
  @Max(10_000, { message: '涉及人数应为1到10000的整数' })
  @Min(1, { message: '涉及人数应为1到10000的整数' })
  @IsInt({ message: '涉及人数应为1到10000的整数' })
  workersAffected?: number;

  /** The number to call back on, 11 digits. */
  @ApiProperty({ example: '13800001111' })
  @MobilePhone()
  phone: string;

  /** Routes the request to that town's federation. */
  @ApiProperty(ENUM.TownCode)
  @IsIn(TOWN_CODES, { message: '请选择所在镇（街道）' })
  townCode: TownCode;
}

export class AddLegalNoteDto {
  @Text('补充内容', 2, 500)
  text: string;
}

export class WithdrawLegalRequestDto {
  @Optional()
  @Trimmed()
  @MaxLength(200, { message: '撤回原因最多200个字符' })
  @IsString({ message: '撤回原因应为文本' })
  reason?: string;
}

const TownFilter = () => (target: object, property: string | symbol) => {
  ApiPropertyOptional(ENUM.TownCode)(target, property);
  IsOptional()(target, property);
  IsIn(TOWN_CODES, { message: 'townCode 不是柯桥区的镇（街道）代码' })(target, property);
};

const TopicFilter = () => (target: object, property: string | symbol) => {
  ApiPropertyOptional(ENUM.LegalTopic)(target, property);
  IsOptional()(target, property);
  IsIn(LEGAL_TOPIC_CODES, { message: TOPIC_MESSAGE })(target, property);
};

class LegalFilters {
  @TownFilter()
  townCode?: TownCode;

  @TopicFilter()
  topic?: LegalTopic;
}

/** The queue: submitted requests, oldest first. */
export class LegalQueueQuery extends IntersectionType(PageQuery, LegalFilters) {}

/** Requests and cases, newest first. */
export class ListLegalCasesQuery extends IntersectionType(PageQuery, LegalFilters) {
  @ApiPropertyOptional(ENUM.LegalStatus)
  @IsOptional()
  @IsIn(LEGAL_STATUS_CODES, { message: STATUS_MESSAGE })
  status?: LegalStatus;

  @ApiPropertyOptional({ enum: LEGAL_KINDS, enumName: 'LegalKind' })
  @IsOptional()
  @IsIn(LEGAL_KINDS, { message: `kind 只能是 ${LEGAL_KINDS.join('、')}` })
  kind?: LegalKind;

  @IsOptional()
  @IsUUID('all', { message: 'assigneeId 应为账号ID' })
  assigneeId?: string;

  /** Submitted on or after this day (YYYY-MM-DD, Asia/Shanghai). */
  @ApiPropertyOptional({ example: '2026-01-01' })
  @IsOptional()
  @IsCalendarDay()
  from?: string;

  /** Submitted on or before this day. */
  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @NotBeforeDay('from')
  @IsCalendarDay()
  to?: string;

  /** Only requests past their due day or cases past the mediation period. */
  @IsOptional()
  @QueryBoolean()
  @IsBoolean({ message: 'overdue 只能是 true 或 false' })
  overdue?: boolean;

  /** The number, or text anywhere in the description. */
  @IsOptional()
  @MaxLength(60, { message: '搜索词最多60个字符' })
  @IsString({ message: '搜索词应为文本' })
  q?: string;
}

export class AnswerLegalRequestDto {
  /** The advice given; the worker reads it as the outcome. */
  @Text('解答内容', 5, 1000)
  advice: string;
}

export class RegisterLegalCaseDto {
  @Fen()
  amountClaimedFen?: number;

  @Optional()
  @IsUUID('all', { message: 'assigneeId 应为账号ID' })
  assigneeId?: string;
}

/** The agreed and recovered amounts, as a move or a correction sets them. */
class LegalOutcomeAmounts {
  /** Required for agreed. */
  @Fen()
  amountAgreedFen?: number;

  /** Required for fulfilled; above the agreed amount only with `overAgreedReason`. */
  @Fen()
  amountRecoveredFen?: number;

  @Optional()
  @Text('超出协议金额的原因', 2, 200)
  overAgreedReason?: string;
}

export class LegalTransitionDto extends LegalOutcomeAmounts {
  @ApiProperty(ENUM.LegalStatus)
  @IsIn(LEGAL_STATUS_CODES, { message: `to 只能是 ${LEGAL_STATUS_CODES.join('、')}` })
  to: LegalStatus;

  /** Shown to the worker: required for declined, failed, withdrawn and agreed (the agreement's terms). */
  @Optional()
  @Text('说明', 2, 500)
  reason?: string;

  /** Required for referred. */
  @ApiPropertyOptional(ENUM.ReferralBody)
  @Optional()
  @IsIn(REFERRAL_BODY_CODES, { message: `referredTo 只能是 ${REFERRAL_BODY_CODES.join('、')}` })
  referredTo?: ReferralBody;
}

export class AssignLegalCaseDto {
  @IsUUID('all', { message: '请选择承办人' })
  assigneeId: string;
}

export class RecordMediationSessionDto {
  /** YYYY-MM-DD, Asia/Shanghai; not in the future. */
  @ApiProperty({ example: '2026-05-01' })
  @NotInFuture()
  @IsCalendarDay()
  heldOn: string;

  @ApiProperty(ENUM.MediationForm)
  @IsIn(MEDIATION_FORM_CODES, { message: `调解方式只能是 ${MEDIATION_FORM_CODES.join('、')}` })
  form: MediationForm;

  @Text('参加人员', 2, 200)
  attendees: string;

  @Text('调解结果', 2, 500)
  result: string;
}

export class UpdateLegalAmountsDto extends LegalOutcomeAmounts {
  @Fen()
  amountClaimedFen?: number;
}
