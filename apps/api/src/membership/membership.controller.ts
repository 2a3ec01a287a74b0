import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { notFound } from '../common/app-exception';
import { ApplyForMembershipDto, ListApplicationsQuery, RejectApplicationDto, VerifyCardDto } from './membership.dto';
import { MembershipService } from './membership.service';
import { MembershipReviewService } from './membership-review.service';

const applicationId = new ParseUUIDPipe({ exceptionFactory: () => notFound('入会申请') });

@ApiTags('membership')
@ApiBearerAuth()
@Controller()
export class MembershipController {
  constructor(
    private readonly membership: MembershipService,
    private readonly review: MembershipReviewService,
  ) {}

  @Roles('worker')
  @Post('membership/applications')
  apply(@CurrentUser() user: AuthUser, @Body() body: ApplyForMembershipDto) {
    return this.membership.apply(user, body);
  }

  @Get('membership/me')
  status(@CurrentUser() user: AuthUser) {
    return this.membership.status(user);
  }

  @Get('membership/card')
  card(@CurrentUser() user: AuthUser) {
    return this.membership.card(user);
  }

  /** Checks a scanned e-card QR payload (station hosts, providers, staff). */
  @Roles('provider', 'staff', 'admin')
  @Post('membership/card/verify')
  @HttpCode(HttpStatus.OK)
  verifyCard(@Body() body: VerifyCardDto) {
    return this.review.verifyCard(body.payload);
  }

  @Roles('staff', 'admin')
  @Get('admin/applications')
  list(@CurrentUser() staff: AuthUser, @Query() query: ListApplicationsQuery) {
    return this.review.list(staff, query);
  }

  @Roles('staff', 'admin')
  @Post('admin/applications/:id/approve')
  @HttpCode(HttpStatus.OK)
  approve(@CurrentUser() staff: AuthUser, @Param('id', applicationId) id: string) {
    return this.review.approve(staff, id);
  }

  @Roles('staff', 'admin')
  @Post('admin/applications/:id/reject')
  @HttpCode(HttpStatus.OK)
  reject(@CurrentUser() staff: AuthUser, @Param('id', applicationId) id: string, @Body() body: RejectApplicationDto) {
    return this.review.reject(staff, id, body.reason);
  }

  /** The unmasked ID number; the read is written to the audit log. */
  @Roles('staff', 'admin')
  @Get('admin/applications/:id/id-number')
  revealIdNumber(@CurrentUser() staff: AuthUser, @Param('id', applicationId) id: string) {
    return this.review.revealIdNumber(staff, id);
  }
}
