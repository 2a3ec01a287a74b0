import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { notFound } from '../common/app-exception';
import { LegalRequestDetailView, LegalRequestListView, LegalRequestView } from './dto/legal-views.dto';
import { AddLegalNoteDto, CreateLegalRequestDto, WithdrawLegalRequestDto } from './legal.dto';
import { LegalRequestsService } from './legal-requests.service';

export const legalRequestId = new ParseUUIDPipe({ exceptionFactory: () => notFound('维权求助') });

/** A worker's own requests for legal help; membership is not required to ask. */
@ApiTags('legal')
@ApiBearerAuth()
@Roles('worker')
@Controller('legal/requests')
export class LegalRequestsController {
  constructor(private readonly requests: LegalRequestsService) {}

  @ApiOperation({ summary: '提交维权求助' })
  @ApiCreatedResponse({ type: LegalRequestView })
  @Post()
  create(@CurrentUser() worker: AuthUser, @Body() body: CreateLegalRequestDto): Promise<LegalRequestView> {
    return this.requests.create(worker, body);
  }

  @ApiOperation({ summary: '我的维权求助（新的在前）' })
  @ApiOkResponse({ type: LegalRequestListView })
  @Get('me')
  mine(@CurrentUser() worker: AuthUser): Promise<LegalRequestListView> {
    return this.requests.mine(worker);
  }

  @ApiOperation({ summary: '维权求助详情（进展与结果）' })
  @ApiOkResponse({ type: LegalRequestDetailView })
  @Get(':id')
  get(@CurrentUser() worker: AuthUser, @Param('id', legalRequestId) id: string): Promise<LegalRequestDetailView> {
    return this.requests.get(worker, id);
  }

  @ApiOperation({ summary: '补充情况（办结前）' })
  @ApiOkResponse({ type: LegalRequestDetailView })
  @Post(':id/notes')
  @HttpCode(HttpStatus.OK)
  addNote(@CurrentUser() worker: AuthUser, @Param('id', legalRequestId) id: string, @Body() body: AddLegalNoteDto): Promise<LegalRequestDetailView> {
    return this.requests.addNote(worker, id, body);
  }

  @ApiOperation({ summary: '撤回求助（办结前）' })
  @ApiOkResponse({ type: LegalRequestDetailView })
  @Post(':id/withdraw')
  @HttpCode(HttpStatus.OK)
  withdraw(@CurrentUser() worker: AuthUser, @Param('id', legalRequestId) id: string, @Body() body: WithdrawLegalRequestDto): Promise<LegalRequestDetailView> {
    return this.requests.withdraw(worker, id, body);
  }
}
