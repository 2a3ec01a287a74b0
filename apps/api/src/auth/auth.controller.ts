import { Body, Controller, Get, HttpCode, HttpStatus, Ip, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Public, WhilePasswordChangePending } from './access.decorators';
import type { AuthUser } from './auth-user';
import { RefreshDto, SendSmsCodeDto, StaffLoginDto, VerifySmsCodeDto, WechatLoginDto } from './auth.dto';
import { CurrentUser } from './current-user.decorator';
import { SessionTokensView, SmsCodeSentView, toUserView, UserView } from './dto/auth-views.dto';
import { SmsLoginService } from './sms-login.service';
import { StaffLoginService } from './staff-login.service';
import { accountGone, TokensService } from './tokens.service';
import { User } from './user.entity';
import { WechatLoginService } from './wechat-login.service';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly smsLogin: SmsLoginService,
    private readonly wechatLogin: WechatLoginService,
    private readonly staffLogin: StaffLoginService,
    private readonly tokens: TokensService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  /** Sends a sign-in code; the dev provider also returns it as `devCode`. */
  @ApiOperation({ summary: '发送短信验证码' })
  @ApiAcceptedResponse({ type: SmsCodeSentView })
  @Public()
  @Post('auth/sms/send')
  @HttpCode(HttpStatus.ACCEPTED)
  sendSmsCode(@Body() body: SendSmsCodeDto, @Ip() address: string): Promise<SmsCodeSentView> {
    return this.smsLogin.send(body.phone, address);
  }

  @ApiOperation({ summary: '短信验证码登录' })
  @ApiOkResponse({ type: SessionTokensView })
  @Public()
  @Post('auth/sms/verify')
  @HttpCode(HttpStatus.OK)
  verifySmsCode(@Body() body: VerifySmsCodeDto): Promise<SessionTokensView> {
    return this.smsLogin.verify(body.phone, body.code);
  }

  @ApiOperation({ summary: '微信登录' })
  @ApiOkResponse({ type: SessionTokensView })
  @Public()
  @Post('auth/wechat')
  @HttpCode(HttpStatus.OK)
  wechat(@Body() body: WechatLoginDto): Promise<SessionTokensView> {
    return this.wechatLogin.login(body.code);
  }

  @ApiOperation({ summary: '工作人员账号登录' })
  @ApiOkResponse({ type: SessionTokensView })
  @Public()
  @Post('auth/staff/login')
  @HttpCode(HttpStatus.OK)
  staff(@Body() body: StaffLoginDto, @Ip() address: string): Promise<SessionTokensView> {
    return this.staffLogin.login(body.username, body.password, address);
  }

  /** Rotates the refresh token: the one sent is spent and a new pair comes back. */
  @ApiOperation({ summary: '刷新登录凭证' })
  @ApiOkResponse({ type: SessionTokensView })
  @Public()
  @Post('auth/refresh')
  @HttpCode(HttpStatus.OK)
  refresh(@Body() body: RefreshDto): Promise<SessionTokensView> {
    return this.tokens.refresh(body.refreshToken);
  }

  /** Ends the session the refresh token belongs to; the access token lapses within its 15 minutes. */
  @ApiOperation({ summary: '退出登录' })
  @ApiNoContentResponse({ description: '已退出（未知的凭证同样如此）' })
  @Public()
  @Post('auth/logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  logout(@Body() body: RefreshDto): Promise<void> {
    return this.tokens.endSession(body.refreshToken);
  }

  @ApiOperation({ summary: '当前登录账号' })
  @ApiOkResponse({ type: UserView })
  @ApiBearerAuth()
  @WhilePasswordChangePending()
  @Get('me')
  async me(@CurrentUser() caller: AuthUser): Promise<UserView> {
    return toUserView((await this.users.findOneBy({ id: caller.id })) ?? accountGone());
  }
}
