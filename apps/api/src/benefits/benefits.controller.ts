import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { notFound } from '../common/app-exception';
import { ApiPageResponse, Page } from '../common/page';
import { PageQuery } from '../common/page.query';
import { ClaimsService } from './claims.service';
import { ClaimView, ProgrammeDetailView, ProgrammeView, SessionView } from './dto/benefit-views.dto';
import { ClaimBenefitDto } from './dto/claim.dto';
import { ProgrammesService } from './programmes.service';

const programmeId = new ParseUUIDPipe({ exceptionFactory: () => notFound('福利项目') });

@ApiTags('benefits')
@ApiBearerAuth()
@Controller('benefits')
export class BenefitsController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly claims: ClaimsService,
  ) {}

  /** Every open programme with the caller's eligibility: `reasons` are codes, `messages` their Chinese text. */
  @ApiOperation({ summary: '福利项目列表（含本人资格）' })
  @ApiPageResponse(ProgrammeView)
  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: PageQuery): Promise<Page<ProgrammeView>> {
    return this.programmes.list(user, query);
  }

  @ApiOperation({ summary: '福利项目详情（含未结束的批次）' })
  @ApiOkResponse({ type: ProgrammeDetailView })
  @Get(':id')
  detail(@CurrentUser() user: AuthUser, @Param('id', programmeId) id: string): Promise<ProgrammeDetailView> {
    return this.programmes.detail(user, id);
  }

  @ApiOperation({ summary: '福利项目的批次列表' })
  @ApiPageResponse(SessionView)
  @Get(':id/sessions')
  sessions(@CurrentUser() user: AuthUser, @Param('id', programmeId) id: string, @Query() query: PageQuery): Promise<Page<SessionView>> {
    return this.programmes.sessionsOf(user, id, query);
  }

  /** Claims a place; the same Idempotency-Key and body always give the same answer and one claim. */
  @ApiOperation({ summary: '申领福利（幂等）' })
  @ApiCreatedResponse({ type: ClaimView })
  @Post(':id/claims')
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '1–100 visible ASCII characters, unique per intended claim' })
  claim(
    @CurrentUser() user: AuthUser,
    @Param('id', programmeId) id: string,
    @Body() body: ClaimBenefitDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ): Promise<ClaimView> {
    return this.claims.claim(user, id, body, idempotencyKey);
  }
}
