import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { notFound } from '../common/app-exception';
import { ApiPageResponse, Page } from '../common/page';
import {
  ApplicationApprovedView,
  ApplicationCreatedView,
  ApplicationDetailView,
  ApplicationRejectedView,
  ApplicationView,
  BulkApproveResultView,
  CardCheckView,
  IdNumberView,
  MemberCardView,
  MembershipStatusView,
} from './dto/membership-views.dto';
import {
  ApplyForMembershipDto,
  BulkApproveApplicationsDto,
  ListApplicationsQuery,
  RejectApplicationDto,
  RevealIdNumberDto,
  VerifyCardDto,
} from './membership.dto';
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

  @ApiOperation({ summary: '提交入会申请' })
  @ApiCreatedResponse({ type: ApplicationCreatedView })
  @Roles('worker')
  @Post('membership/applications')
  apply(@CurrentUser() user: AuthUser, @Body() body: ApplyForMembershipDto): Promise<ApplicationCreatedView> {
    return this.membership.apply(user, body);
  }

  @ApiOperation({ summary: '我的入会状态' })
  @ApiOkResponse({ type: MembershipStatusView })
  @Get('membership/me')
  status(@CurrentUser() user: AuthUser): Promise<MembershipStatusView> {
    return this.membership.status(user);
  }

  @ApiOperation({ summary: '我的电子会员卡' })
  @ApiOkResponse({ type: MemberCardView })
  @Get('membership/card')
  card(@CurrentUser() user: AuthUser): Promise<MemberCardView> {
    return this.membership.card(user);
  }

  /** Checks a scanned e-card QR payload (station hosts, providers, staff); audited, as it shows the last four ID digits. */
  @ApiOperation({ summary: '核验会员卡二维码' })
  @ApiOkResponse({ type: CardCheckView })
  @Roles('provider', 'staff', 'admin')
  @Post('membership/card/verify')
  @HttpCode(HttpStatus.OK)
  verifyCard(@CurrentUser() checker: AuthUser, @Body() body: VerifyCardDto): Promise<CardCheckView> {
    return this.review.verifyCard(checker, body.payload);
  }

  /** Pending unless `status` says otherwise; oldest submission first. */
  @ApiOperation({ summary: '本辖区入会申请审核队列' })
  @ApiPageResponse(ApplicationView)
  @Roles('staff', 'admin')
  @Get('admin/applications')
  list(@CurrentUser() staff: AuthUser, @Query() query: ListApplicationsQuery): Promise<Page<ApplicationView>> {
    return this.review.list(staff, query);
  }

  /** Each id is approved on its own, in its own transaction; the ones that fail are listed with their error. */
  @ApiOperation({ summary: '批量批准入会申请' })
  @ApiOkResponse({ type: BulkApproveResultView })
  @Roles('staff', 'admin')
  @Post('admin/applications/bulk-approve')
  @HttpCode(HttpStatus.OK)
  bulkApprove(@CurrentUser() staff: AuthUser, @Body() body: BulkApproveApplicationsDto): Promise<BulkApproveResultView> {
    return this.review.bulkApprove(staff, body.ids);
  }

  @ApiOperation({ summary: '入会申请详情' })
  @ApiOkResponse({ type: ApplicationDetailView })
  @Roles('staff', 'admin')
  @Get('admin/applications/:id')
  get(@CurrentUser() staff: AuthUser, @Param('id', applicationId) id: string): Promise<ApplicationDetailView> {
    return this.review.get(staff, id);
  }

  @ApiOperation({ summary: '批准入会申请' })
  @ApiOkResponse({ type: ApplicationApprovedView })
  @Roles('staff', 'admin')
  @Post('admin/applications/:id/approve')
  @HttpCode(HttpStatus.OK)
  approve(@CurrentUser() staff: AuthUser, @Param('id', applicationId) id: string): Promise<ApplicationApprovedView> {
    return this.review.approve(staff, id);
  }

  @ApiOperation({ summary: '驳回入会申请' })
  @ApiOkResponse({ type: ApplicationRejectedView })
  @Roles('staff', 'admin')
  @Post('admin/applications/:id/reject')
  @HttpCode(HttpStatus.OK)
  reject(@CurrentUser() staff: AuthUser, @Param('id', applicationId) id: string, @Body() body: RejectApplicationDto): Promise<ApplicationRejectedView> {
    return this.review.reject(staff, id, body.reason, body.fields ?? []);
  }

  /** The unmasked ID number; the read and its reason are written to the audit log. */
  @ApiOperation({ summary: '查看完整身份证号（须填写原因，留痕）' })
  @ApiOkResponse({ type: IdNumberView })
  @Roles('staff', 'admin')
  @Post('admin/applications/:id/id-number')
  @HttpCode(HttpStatus.OK)
  revealIdNumber(@CurrentUser() staff: AuthUser, @Param('id', applicationId) id: string, @Body() body: RevealIdNumberDto): Promise<IdNumberView> {
    return this.review.revealIdNumber(staff, id, body.reason);
  }
}
