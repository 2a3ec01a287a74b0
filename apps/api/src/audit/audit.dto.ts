import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDay, NotBeforeDay } from '../common/calendar-day';
import { Trimmed } from '../common/domain-validators';
import { PageQuery } from '../common/page.query';

export class ListAuditQuery extends PageQuery {
  /** The acting account: its username or its id. */
  @IsOptional()
  @Trimmed()
  @MaxLength(64, { message: 'actor 最多64个字符' })
  @IsString({ message: 'actor 应为用户名或账号编号' })
  actor?: string;

  /** An action name exactly, as GET /admin/audit/actions lists them. */
  @IsOptional()
  @MaxLength(100, { message: 'action 最多100个字符' })
  @IsString({ message: 'action 应为操作名称' })
  action?: string;

  /** The kind of record acted on (e.g. `membership_application`, `account`). */
  @IsOptional()
  @MaxLength(100, { message: 'entityType 最多100个字符' })
  @IsString({ message: 'entityType 应为记录类型' })
  entityType?: string;

  /** First day, YYYY-MM-DD (Asia/Shanghai). */
  @IsOptional()
  @IsCalendarDay()
  from?: string;

  /** Last day included, YYYY-MM-DD (Asia/Shanghai). */
  @IsOptional()
  @NotBeforeDay('from')
  @IsCalendarDay()
  to?: string;
}
