import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { notFound } from '../common/app-exception';
import { ClaimsService } from './claims.service';
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
  @Get()
  list(@CurrentUser() user: AuthUser) {
    return this.programmes.list(user);
  }

  @Get(':id')
  detail(@CurrentUser() user: AuthUser, @Param('id', programmeId) id: string) {
    return this.programmes.detail(user, id);
  }

  @Get(':id/sessions')
  sessions(@CurrentUser() user: AuthUser, @Param('id', programmeId) id: string) {
    return this.programmes.sessionsOf(user, id);
  }

  /** Claims a place; the same Idempotency-Key and body always give the same answer and one claim. */
  @Post(':id/claims')
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: '1–100 visible ASCII characters, unique per intended claim' })
  claim(
    @CurrentUser() user: AuthUser,
    @Param('id', programmeId) id: string,
    @Body() body: ClaimBenefitDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
  ) {
    return this.claims.claim(user, id, body, idempotencyKey);
  }
}
