import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiPageResponse, Page } from '../common/page';
import { LegalAssigneesView, LegalCaseDetailView, LegalCaseView } from './dto/legal-views.dto';
import {
  AnswerLegalRequestDto,
  AssignLegalCaseDto,
  LegalQueueQuery,
  LegalTransitionDto,
  ListLegalCasesQuery,
  RecordMediationSessionDto,
  RegisterLegalCaseDto,
  UpdateLegalAmountsDto,
} from './legal.dto';
import { LegalCasesService } from './legal-cases.service';
import { legalRequestId } from './legal-requests.controller';

/** Union staff work requests and cases of their subtree; a mediator only the cases assigned to them. */
@ApiTags('admin: legal')
@ApiBearerAuth()
@Roles('mediator', 'staff', 'admin')
@Controller('admin/legal')
export class LegalCasesController {
  constructor(private readonly cases: LegalCasesService) {}

  @ApiOperation({ summary: '待受理的维权求助（先到先办）' })
  @ApiPageResponse(LegalCaseView)
  @Get('requests')
  queue(@CurrentUser() staff: AuthUser, @Query() query: LegalQueueQuery): Promise<Page<LegalCaseView>> {
    return this.cases.queue(staff, query);
  }

  @ApiOperation({ summary: '维权咨询与案件（新的在前）' })
  @ApiPageResponse(LegalCaseView)
  @Get('cases')
  list(@CurrentUser() staff: AuthUser, @Query() query: ListLegalCasesQuery): Promise<Page<LegalCaseView>> {
    return this.cases.list(staff, query);
  }

  @ApiOperation({ summary: '可指派的调解员与干事' })
  @ApiOkResponse({ type: LegalAssigneesView })
  @Get('assignees')
  assignees(@CurrentUser() staff: AuthUser): Promise<LegalAssigneesView> {
    return this.cases.assignees(staff);
  }

  /** With the worker's whole phone, to call back: the read is kept in the audit log. */
  @ApiOperation({ summary: '案件详情（调解记录与时间线）' })
  @ApiOkResponse({ type: LegalCaseDetailView })
  @Get('cases/:id')
  get(@CurrentUser() staff: AuthUser, @Param('id', legalRequestId) id: string): Promise<LegalCaseDetailView> {
    return this.cases.get(staff, id);
  }

  @ApiOperation({ summary: '解答咨询并办结' })
  @ApiOkResponse({ type: LegalCaseDetailView })
  @Post('cases/:id/answer')
  @HttpCode(HttpStatus.OK)
  answer(@CurrentUser() staff: AuthUser, @Param('id', legalRequestId) id: string, @Body() body: AnswerLegalRequestDto): Promise<LegalCaseDetailView> {
    return this.cases.answer(staff, id, body);
  }

  @ApiOperation({ summary: '立案（开始15日调解期）' })
  @ApiOkResponse({ type: LegalCaseDetailView })
  @Post('cases/:id/register')
  @HttpCode(HttpStatus.OK)
  register(@CurrentUser() staff: AuthUser, @Param('id', legalRequestId) id: string, @Body() body: RegisterLegalCaseDto): Promise<LegalCaseDetailView> {
    return this.cases.register(staff, id, body);
  }

  @ApiOperation({ summary: '变更案件状态' })
  @ApiOkResponse({ type: LegalCaseDetailView })
  @Post('cases/:id/transition')
  @HttpCode(HttpStatus.OK)
  transition(@CurrentUser() staff: AuthUser, @Param('id', legalRequestId) id: string, @Body() body: LegalTransitionDto): Promise<LegalCaseDetailView> {
    return this.cases.transition(staff, id, body);
  }

  @ApiOperation({ summary: '指派承办人（调解员或干事）' })
  @ApiOkResponse({ type: LegalCaseDetailView })
  @Roles('staff', 'admin')
  @Post('cases/:id/assign')
  @HttpCode(HttpStatus.OK)
  assign(@CurrentUser() staff: AuthUser, @Param('id', legalRequestId) id: string, @Body() body: AssignLegalCaseDto): Promise<LegalCaseDetailView> {
    return this.cases.assign(staff, id, body);
  }

  @ApiOperation({ summary: '记录调解' })
  @ApiCreatedResponse({ type: LegalCaseDetailView })
  @Post('cases/:id/sessions')
  recordSession(
    @CurrentUser() staff: AuthUser,
    @Param('id', legalRequestId) id: string,
    @Body() body: RecordMediationSessionDto,
  ): Promise<LegalCaseDetailView> {
    return this.cases.recordSession(staff, id, body);
  }

  @ApiOperation({ summary: '修改涉案金额（分）' })
  @ApiOkResponse({ type: LegalCaseDetailView })
  @Patch('cases/:id/amounts')
  updateAmounts(@CurrentUser() staff: AuthUser, @Param('id', legalRequestId) id: string, @Body() body: UpdateLegalAmountsDto): Promise<LegalCaseDetailView> {
    return this.cases.updateAmounts(staff, id, body);
  }
}
