import { Body, Controller, Get, HttpCode, HttpStatus, Ip, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Public } from './access.decorators';
import type { AuthUser } from './auth-user';
import { RefreshDto, SendSmsCodeDto, StaffLoginDto, VerifySmsCodeDto, WechatLoginDto } from './auth.dto';
import { CurrentUser } from './current-user.decorator';
import { SmsLoginService } from './sms-login.service';
import { StaffLoginService } from './staff-login.service';
import { accountGone, toUserView, TokensService } from './tokens.service';
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
  @Public()
  @Post('auth/sms/send')
  @HttpCode(HttpStatus.ACCEPTED)
  sendSmsCode(@Body() body: SendSmsCodeDto, @Ip() address: string) {
    return this.smsLogin.send(body.phone, address);
  }

  @Public()
  @Post('auth/sms/verify')
  @HttpCode(HttpStatus.OK)
  verifySmsCode(@Body() body: VerifySmsCodeDto) {
    return this.smsLogin.verify(body.phone, body.code);
  }

  @Public()
  @Post('auth/wechat')
  @HttpCode(HttpStatus.OK)
  wechat(@Body() body: WechatLoginDto) {
    return this.wechatLogin.login(body.code);
  }

  @Public()
  @Post('auth/staff/login')
  @HttpCode(HttpStatus.OK)
  staff(@Body() body: StaffLoginDto, @Ip() address: string) {
    return this.staffLogin.login(body.username, body.password, address);
  }

  /** Rotates the refresh token: the one sent is spent and a new pair comes back. */
  @Public()
  @Post('auth/refresh')
  @HttpCode(HttpStatus.OK)
  refresh(@Body() body: RefreshDto) {
    return this.tokens.refresh(body.refreshToken);
  }

  @ApiBearerAuth()
  @Get('me')
  async me(@CurrentUser() caller: AuthUser) {
    return toUserView((await this.users.findOneBy({ id: caller.id })) ?? accountGone());
  }
}
