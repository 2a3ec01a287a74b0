import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Session, TokensService } from './tokens.service';
import { User } from './user.entity';
import { WechatSession } from './wechat-session';

/** Mini-program sign-in: wx.login's code → the openid → our session (a worker account per openid). */
@Injectable()
export class WechatLoginService {
  constructor(
    private readonly wechat: WechatSession,
    private readonly tokens: TokensService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async login(code: string): Promise<Session> {
    const openId = await this.wechat.openIdFor(code);
    await this.dataSource.query(
      `INSERT INTO users (wechat_openid, display_name, roles) VALUES ($1, '微信用户', '{worker}')
       ON CONFLICT (wechat_openid) WHERE wechat_openid IS NOT NULL DO NOTHING`,
      [openId],
    );
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ wechatOpenId: openId });
    return this.tokens.startSession(user);
  }
}
