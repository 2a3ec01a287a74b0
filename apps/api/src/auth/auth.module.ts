import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { LimitsModule } from '../limits/limits.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { RefreshToken } from './refresh-token.entity';
import { SmsCode } from './sms-code.entity';
import { SmsLoginService } from './sms-login.service';
import { DevSmsSender, HttpSmsSender, SmsSender } from './sms-sender';
import { StaffLoginService } from './staff-login.service';
import { TokensService } from './tokens.service';
import { User } from './user.entity';
import { WechatLoginService } from './wechat-login.service';
import { DevWechatSession, HttpWechatSession, WechatSession } from './wechat-session';

@Module({
  imports: [JwtModule.register({}), LimitsModule, TypeOrmModule.forFeature([User, RefreshToken, SmsCode])],
  controllers: [AuthController],
  providers: [
    TokensService,
    SmsLoginService,
    WechatLoginService,
    StaffLoginService,
    {
      provide: SmsSender,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => (config.sms.provider === 'dev' ? new DevSmsSender() : new HttpSmsSender(config.sms.httpUrl!)),
    },
    {
      provide: WechatSession,
      inject: [AppConfig],
      useFactory: ({ wechat }: AppConfig) =>
        wechat.provider === 'dev'
          ? new DevWechatSession()
          : new HttpWechatSession({ appId: wechat.appId!, appSecret: wechat.appSecret!, apiBaseUrl: wechat.apiBaseUrl }),
    },
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [TokensService],
})
export class AuthModule {}
