import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode } from '@kgh/shared';
import { DataSource } from 'typeorm';
import { AppException } from '../common/app-exception';
import { AppConfig } from '../config/app-config';
import { Session, TokensService } from './tokens.service';
import { User } from './user.entity';

interface CodeToSessionAnswer {
  openid?: string;
  session_key?: string;
  errcode?: number;
  errmsg?: string;
}

/** Mini-program sign-in: wx.login's code → WeChat's code-to-session → our session. */
@Injectable()
export class WechatLoginService {
  private readonly logger = new Logger(WechatLoginService.name);

  constructor(
    private readonly config: AppConfig,
    private readonly tokens: TokensService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async login(code: string): Promise<Session> {
    const openId = await this.codeToOpenId(code);
    await this.dataSource.query(
      `INSERT INTO users (wechat_openid, display_name, roles) VALUES ($1, '微信用户', '{worker}')
       ON CONFLICT (wechat_openid) WHERE wechat_openid IS NOT NULL DO NOTHING`,
      [openId],
    );
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ wechatOpenId: openId });
    return this.tokens.startSession(user);
  }

  // session_key stays here: it is neither stored nor returned, as nothing we do needs it.
  private async codeToOpenId(code: string): Promise<string> {
    const { appId, appSecret, apiBaseUrl } = this.config.wechat;
    if (!appId || !appSecret) throw new AppException(ErrorCode.ServiceUnavailable, '未配置微信登录，请使用手机号登录');
    const url = new URL('/sns/jscode2session', apiBaseUrl);
    url.search = new URLSearchParams({ appid: appId, secret: appSecret, js_code: code, grant_type: 'authorization_code' }).toString();
    let answer: CodeToSessionAnswer;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      answer = (await response.json()) as CodeToSessionAnswer;
    } catch (error) {
      this.logger.error(`WeChat code-to-session unreachable: ${(error as Error).message}`);
      throw new AppException(ErrorCode.ServiceUnavailable, '微信服务暂时不可用，请稍后再试');
    }
    if (answer.errcode || !answer.openid) {
      this.logger.warn(`WeChat code-to-session refused: ${answer.errcode}`);
      throw new AppException(ErrorCode.WechatLoginFailed, '微信登录失败，请重试');
    }
    return answer.openid;
  }
}
