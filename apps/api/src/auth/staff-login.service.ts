import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode } from '@kgh/shared';
import { hash, verify } from '@node-rs/argon2';
import { Repository } from 'typeorm';
import { AppException } from '../common/app-exception';
import { KnownAddressesService } from '../limits/known-addresses.service';
import { LimitsService } from '../limits/limits.service';
import { addressKey, limitRefusal, staffLoginRules } from '../limits/sign-in-limits';
import { accountDisabled, Session, TokensService } from './tokens.service';
import { User } from './user.entity';

/** Username + password for union staff and provider accounts (argon2id hashes). */
@Injectable()
export class StaffLoginService {
  // Verified when the username is unknown, so both answers take the same time.
  private readonly decoyHash = hash('decoy-password');

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly tokens: TokensService,
    private readonly limits: LimitsService,
    private readonly knownAddresses: KnownAddressesService,
  ) {}

  /**
   * Every attempt takes a hit against the limits before the password is checked (so a burst of
   * concurrent guesses cannot slip past them) and a right password gives the hits back: only wrong
   * passwords stay counted. Which limits apply, and why a stranger cannot lock anyone out:
   * staffLoginRules.
   */
  async login(username: string, password: string, ip: string): Promise<Session> {
    const name = username.toLowerCase();
    const address = addressKey(ip);
    const user = await this.users.createQueryBuilder('user').addSelect('user.passwordHash').where('user.username = :username', { username }).getOne();
    const knownGood = user ? await this.knownAddresses.isKnown(user.id, address) : false;
    const rules = staffLoginRules(name, address, knownGood);
    const taken = await this.limits.take(rules);
    if (taken.refused) throw limitRefusal(taken.refused, taken.retryAfterSeconds);
    const valid = await verify(user?.passwordHash ?? (await this.decoyHash), password);
    if (!user || !valid) throw new AppException(ErrorCode.InvalidCredentials, '用户名或密码不正确');
    await this.limits.giveBack(taken.hits);
    // The user's own earlier slips at this address are forgiven once they get it right.
    await this.limits.forget(rules[0]);
    await this.knownAddresses.remember(user.id, address);
    // Only after the right password, so the answer tells a guesser nothing about the account.
    if (user.disabledAt) accountDisabled();
    await this.users.update({ id: user.id }, { lastSignInAt: new Date() });
    return this.tokens.startSession(user);
  }
}
