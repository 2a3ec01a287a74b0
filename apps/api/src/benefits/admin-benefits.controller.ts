import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { notFound } from '../common/app-exception';
import { ApiPageResponse, Page } from '../common/page';
import { PageQuery } from '../common/page.query';
import { AdminClaimsService } from './admin-claims.service';
import { AdminProgrammesService } from './admin-programmes.service';
import { ListClaimsQuery, RejectClaimDto } from './dto/admin-claims.dto';
import { AdminClaimView, AdminProgrammeDetailView, AdminProgrammeView, AdminSessionView, ClaimView } from './dto/benefit-views.dto';
import { CreateProgrammeDto, CreateSessionDto, UpdateProgrammeDto, UpdateSessionDto } from './dto/programme.dto';

const programmeId = new ParseUUIDPipe({ exceptionFactory: () => notFound('福利项目') });
const sessionId = new ParseUUIDPipe({ exceptionFactory: () => notFound('福利批次') });
const claimId = new ParseUUIDPipe({ exceptionFactory: () => notFound('福利申领') });

@ApiTags('admin')
@ApiBearerAuth()
@Roles('staff', 'admin')
@Controller('admin')
export class AdminBenefitsController {
  constructor(
    private readonly programmes: AdminProgrammesService,
    private readonly claims: AdminClaimsService,
  ) {}

  @ApiOperation({ summary: '本辖区福利项目列表' })
  @ApiPageResponse(AdminProgrammeView)
  @Get('benefits')
  list(@CurrentUser() staff: AuthUser, @Query() query: PageQuery): Promise<Page<AdminProgrammeView>> {
    return this.programmes.list(staff, query);
  }

  @ApiOperation({ summary: '新建福利项目' })
  @ApiCreatedResponse({ type: AdminProgrammeDetailView })
  @Post('benefits')
  create(@CurrentUser() staff: AuthUser, @Body() body: CreateProgrammeDto): Promise<AdminProgrammeDetailView> {
    return this.programmes.create(staff, body);
  }

  @ApiOperation({ summary: '福利项目详情（管理）' })
  @ApiOkResponse({ type: AdminProgrammeDetailView })
  @Get('benefits/:id')
  get(@CurrentUser() staff: AuthUser, @Param('id', programmeId) id: string): Promise<AdminProgrammeDetailView> {
    return this.programmes.get(staff, id);
  }

  @ApiOperation({ summary: '修改福利项目' })
  @ApiOkResponse({ type: AdminProgrammeDetailView })
  @Patch('benefits/:id')
  update(@CurrentUser() staff: AuthUser, @Param('id', programmeId) id: string, @Body() body: UpdateProgrammeDto): Promise<AdminProgrammeDetailView> {
    return this.programmes.update(staff, id, body);
  }

  @ApiOperation({ summary: '删除福利项目（无申领记录时）' })
  @ApiNoContentResponse({ description: '已删除' })
  @Delete('benefits/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@CurrentUser() staff: AuthUser, @Param('id', programmeId) id: string): Promise<void> {
    return this.programmes.remove(staff, id);
  }

  @ApiOperation({ summary: '新增批次' })
  @ApiCreatedResponse({ type: AdminSessionView })
  @Post('benefits/:id/sessions')
  addSession(@CurrentUser() staff: AuthUser, @Param('id', programmeId) id: string, @Body() body: CreateSessionDto): Promise<AdminSessionView> {
    return this.programmes.addSession(staff, id, body);
  }

  @ApiOperation({ summary: '修改批次' })
  @ApiOkResponse({ type: AdminSessionView })
  @Patch('benefits/:id/sessions/:sessionId')
  updateSession(
    @CurrentUser() staff: AuthUser,
    @Param('id', programmeId) id: string,
    @Param('sessionId', sessionId) session: string,
    @Body() body: UpdateSessionDto,
  ): Promise<AdminSessionView> {
    return this.programmes.updateSession(staff, id, session, body);
  }

  @ApiOperation({ summary: '删除批次（无报名时）' })
  @ApiNoContentResponse({ description: '已删除' })
  @Delete('benefits/:id/sessions/:sessionId')
  @HttpCode(HttpStatus.NO_CONTENT)
  removeSession(@CurrentUser() staff: AuthUser, @Param('id', programmeId) id: string, @Param('sessionId', sessionId) session: string): Promise<void> {
    return this.programmes.removeSession(staff, id, session);
  }

  @ApiOperation({ summary: '本辖区福利申领列表' })
  @ApiPageResponse(AdminClaimView)
  @Get('claims')
  listClaims(@CurrentUser() staff: AuthUser, @Query() query: ListClaimsQuery): Promise<Page<AdminClaimView>> {
    return this.claims.list(staff, query);
  }

  @ApiOperation({ summary: '审核通过申领' })
  @ApiOkResponse({ type: ClaimView })
  @Post('claims/:id/approve')
  @HttpCode(HttpStatus.OK)
  approve(@CurrentUser() staff: AuthUser, @Param('id', claimId) id: string): Promise<ClaimView> {
    return this.claims.approve(staff, id);
  }

  @ApiOperation({ summary: '驳回申领' })
  @ApiOkResponse({ type: ClaimView })
  @Post('claims/:id/reject')
  @HttpCode(HttpStatus.OK)
  reject(@CurrentUser() staff: AuthUser, @Param('id', claimId) id: string, @Body() body: RejectClaimDto): Promise<ClaimView> {
    return this.claims.reject(staff, id, body.reason);
  }
}
