import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiPageResponse, Page } from '../common/page';
import { ListAuditQuery } from './audit.dto';
import { AuditLogService } from './audit-log.service';
import { AuditActionsView, AuditEntryView } from './dto/audit-views.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/audit')
export class AuditController {
  constructor(private readonly log: AuditLogService) {}

  /** District admins only. Reads of whole ID numbers come flagged `sensitive`. */
  @ApiOperation({ summary: '审计日志（最新在前）' })
  @ApiPageResponse(AuditEntryView)
  @Get()
  list(@CurrentUser() caller: AuthUser, @Query() query: ListAuditQuery): Promise<Page<AuditEntryView>> {
    return this.log.list(caller, query);
  }

  @ApiOperation({ summary: '审计日志中出现过的操作名称' })
  @ApiOkResponse({ type: AuditActionsView })
  @Get('actions')
  actions(@CurrentUser() caller: AuthUser): Promise<AuditActionsView> {
    return this.log.actions(caller);
  }
}
