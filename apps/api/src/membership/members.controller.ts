import { Controller, Get, Header, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { notFound } from '../common/app-exception';
import { ApiPageResponse, Page } from '../common/page';
import { MemberDetailView, MemberView } from './dto/member-views.dto';
import { ListMembersQuery, MemberFilterQuery } from './dto/members-query.dto';
import { MembersService } from './members.service';

const memberId = new ParseUUIDPipe({ exceptionFactory: () => notFound('会员') });

@ApiTags('admin: members')
@ApiBearerAuth()
@Roles('staff', 'admin')
@Controller('admin/members')
export class MembersController {
  constructor(private readonly members: MembersService) {}

  /** Newest member first; phone and ID number masked. */
  @ApiOperation({ summary: '本辖区会员列表（可按会员编号、手机号、姓名搜索）' })
  @ApiPageResponse(MemberView)
  @Get()
  list(@CurrentUser() staff: AuthUser, @Query() query: ListMembersQuery): Promise<Page<MemberView>> {
    return this.members.list(staff, query);
  }

  @ApiOperation({ summary: '导出本辖区会员为CSV（手机号、身份证号脱敏）' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'UTF-8 CSV（带BOM），中文表头', content: { 'text/csv': { schema: { type: 'string' } } } })
  @Get('export')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="members.csv"')
  exportCsv(@CurrentUser() staff: AuthUser, @Query() query: MemberFilterQuery): Promise<string> {
    return this.members.exportCsv(staff, query);
  }

  @ApiOperation({ summary: '会员详情与入会、申领、核销记录' })
  @ApiOkResponse({ type: MemberDetailView })
  @Get(':id')
  get(@CurrentUser() staff: AuthUser, @Param('id', memberId) id: string): Promise<MemberDetailView> {
    return this.members.get(staff, id);
  }
}
