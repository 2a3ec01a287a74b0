import { Logger } from '@nestjs/common';
import { ErrorCode } from '@kgh/shared';
import { AppException } from '../common/app-exception';
import { sha256 } from '../crypto/secrets';

/** wx.login's code → the user's openid. The session_key WeChat also sends never leaves the adapter. */
export abstract class WechatSession {
  abstract openIdFor(code: string): Promise<string>;
}

/** The embedded demo's provider: the same code always gives the same made-up openid (refused in production). */
export class DevWechatSession extends WechatSession {
  openIdFor(code: string) {
    return Promise.resolve(`dev-${sha256(code).slice(0, 24)}`);
  }
}

interface CodeToSessionAnswer {
  openid?: string;
  session_key?: string;
  errcode?: number;
  errmsg?: string;
}

/** WeChat's code-to-session endpoint, at a configurable base URL so tests can run a local fake. */
export class HttpWechatSession extends WechatSession {
  private readonly logger = new Logger(HttpWechatSession.name);

  constructor(private readonly settings: { appId: string; appSecret: string; apiBaseUrl: string }) {
    super();
  }

  async openIdFor(code: string) {
    const url = new URL('/sns/jscode2session', this.settings.apiBaseUrl);
    url.search = new URLSearchParams({
      appid: this.settings.appId,
      secret: this.settings.appSecret,
      js_code: code,
      grant_type: 'authorization_code',
    }).toString();
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
