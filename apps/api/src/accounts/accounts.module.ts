import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { User } from '../auth/user.entity';
import { LimitsModule } from '../limits/limits.module';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { MyPasswordController } from './my-password.controller';
import { MyPasswordService } from './my-password.service';

/** The staff console's account administration, and every managed account's own password. */
@Module({
  imports: [TypeOrmModule.forFeature([User]), AccessModule, LimitsModule],
  controllers: [AccountsController, MyPasswordController],
  providers: [AccountsService, MyPasswordService],
})
export class AccountsModule {}
