import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode } from '@kgh/shared';
import { hash, verify } from '@node-rs/argon2';
import { Repository } from 'typeorm';
import { AppException } from '../common/app-exception';
import { LoginThrottle } from './login-throttle';
import { Session, TokensService } from './tokens.service';
import { User } from './user.entity';

/** Username + password for union staff and provider accounts (argon2id hashes). */
@Injectable()
export class StaffLoginService {
  // Five wrong passwords lock a username from one address; a hundred from anywhere stop a
  // distributed guess without letting one stranger lock staff out of their account.
  private readonly perAddress = new LoginThrottle(5, 15 * 60_000);
  private readonly perUsername = new LoginThrottle(100, 15 * 60_000);
  // Verified when the username is unknown, so both answers take the same time.
  private readonly decoyHash = hash('decoy-password');

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly tokens: TokensService,
  ) {}

  async login(username: string, password: string, address: string): Promise<Session> {
    const name = username.toLowerCase();
    const nameAtAddress = `${name}@${address}`;
    if (this.perAddress.isLocked(nameAtAddress) || this.perUsername.isLocked(name)) {
      throw new AppException(ErrorCode.TooManyRequests, '登录失败次数过多，请 15 分钟后再试');
    }
    const user = await this.users.createQueryBuilder('user').addSelect('user.passwordHash').where('user.username = :username', { username }).getOne();
    const valid = await verify(user?.passwordHash ?? (await this.decoyHash), password);
    if (!user || !valid) {
      this.perAddress.fail(nameAtAddress);
      this.perUsername.fail(name);
      throw new AppException(ErrorCode.InvalidCredentials, '用户名或密码不正确');
    }
    this.perAddress.succeed(nameAtAddress);
    return this.tokens.startSession(user);
  }
}
