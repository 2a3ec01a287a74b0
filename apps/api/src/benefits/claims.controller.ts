import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { notFound } from '../common/app-exception';
import { ClaimsService } from './claims.service';
import { RedeemDto } from './dto/claim.dto';
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

  @Get('claims/me')
  mine(@CurrentUser() user: AuthUser) {
    return this.claims.mine(user);
  }

  /** One of the caller's own claims (another's is a 404); while waitlisted, with `waitlistPosition`. */
  @Get('claims/:id')
  one(@CurrentUser() user: AuthUser, @Param('id', claimId) id: string) {
    return this.claims.one(user, id);
  }

  /** Frees the place; the first waitlisted claim is confirmed in the same transaction. */
  @Post('claims/:id/cancel')
  @HttpCode(HttpStatus.OK)
  cancel(@CurrentUser() user: AuthUser, @Param('id', claimId) id: string) {
    return this.claims.cancel(user, id);
  }

  /** A signed code for the QR image, valid 120 s; the app fetches a new one before `expiresAt`. */
  @Get('claims/:id/redemption-code')
  redemptionCode(@CurrentUser() user: AuthUser, @Param('id', claimId) id: string) {
    return this.redemption.code(user, id);
  }

  @Roles('provider', 'staff', 'admin')
  @Post('redemptions')
  redeem(@CurrentUser() user: AuthUser, @Body() body: RedeemDto) {
    return this.redemption.redeem(user, body);
  }
}
