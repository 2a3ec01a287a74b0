import { Body, Controller, Get, HttpCode, HttpStatus, Ip, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { notFound } from '../common/app-exception';
import { ApiPageResponse, Page } from '../common/page';
import { PageQuery } from '../common/page.query';
import { ClaimsService } from './claims.service';
import { ClaimView, RedemptionCodeView, RedemptionView } from './dto/benefit-views.dto';
import { RedeemDto, RedemptionCodeDto } from './dto/claim.dto';
import { RedemptionPreviewView } from './dto/redemption-views.dto';
import { RedemptionService } from './redemption.service';

const claimId = new ParseUUIDPipe({ exceptionFactory: () => notFound('福利申领') });

@ApiTags('benefits')
@ApiBearerAuth()
@Controller()
export class ClaimsController {
  constructor(
    private readonly claims: ClaimsService,
    private readonly redemption: RedemptionService,
  ) {}

  @ApiOperation({ summary: '我的申领（最新在前）' })
  @ApiPageResponse(ClaimView)
  @Get('claims/me')
  mine(@CurrentUser() user: AuthUser, @Query() query: PageQuery): Promise<Page<ClaimView>> {
    return this.claims.mine(user, query);
  }

  /** One of the caller's own claims (another's is a 404); while waitlisted, with `waitlistPosition`. */
  @ApiOperation({ summary: '我的一条申领' })
  @ApiOkResponse({ type: ClaimView })
  @Get('claims/:id')
  one(@CurrentUser() user: AuthUser, @Param('id', claimId) id: string): Promise<ClaimView> {
    return this.claims.one(user, id);
  }

  /** Frees the place; the first waitlisted claim is confirmed in the same transaction. */
  @ApiOperation({ summary: '取消申领' })
  @ApiOkResponse({ type: ClaimView })
  @Post('claims/:id/cancel')
  @HttpCode(HttpStatus.OK)
  cancel(@CurrentUser() user: AuthUser, @Param('id', claimId) id: string): Promise<ClaimView> {
    return this.claims.cancel(user, id);
  }

  /** A signed code for the QR image, valid 120 s; the app fetches a new one before `expiresAt`. */
  @ApiOperation({ summary: '获取核销二维码内容' })
  @ApiOkResponse({ type: RedemptionCodeView })
  @Get('claims/:id/redemption-code')
  redemptionCode(@CurrentUser() user: AuthUser, @Param('id', claimId) id: string): Promise<RedemptionCodeView> {
    return this.redemption.code(user, id);
  }

  /**
   * The claim a QR payload or 8-digit code names, whose it is (masked name, last four ID digits,
   * membership) and what redeeming would meet: warnings, or the refusal. Nothing is redeemed.
   * Wrong 8-digit codes count towards the guessing limit, as in POST /redemptions.
   */
  @Roles('provider', 'staff', 'admin')
  @ApiOperation({ summary: '核销前查看申领（服务机构、工作人员）' })
  @ApiOkResponse({ type: RedemptionPreviewView })
  @Post('redemptions/preview')
  @HttpCode(HttpStatus.OK)
  preview(@CurrentUser() user: AuthUser, @Body() body: RedemptionCodeDto, @Ip() ip: string): Promise<RedemptionPreviewView> {
    return this.redemption.preview(user, body, ip);
  }

  /** By `code` (scanned) or `shortCode` (8 digits read out), exactly one; a used code answers 409 ALREADY_REDEEMED. */
  @Roles('provider', 'staff', 'admin')
  @ApiOperation({ summary: '核销申领（服务机构、工作人员）' })
  @ApiCreatedResponse({ type: RedemptionView })
  @Post('redemptions')
  redeem(@CurrentUser() user: AuthUser, @Body() body: RedeemDto, @Ip() ip: string): Promise<RedemptionView> {
    return this.redemption.redeem(user, body, ip);
  }
}
