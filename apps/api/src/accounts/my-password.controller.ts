import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles, WhilePasswordChangePending } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { ChangePasswordDto } from './accounts.dto';
import { MyPasswordService } from './my-password.service';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('me/password')
export class MyPasswordController {
  constructor(private readonly passwords: MyPasswordService) {}

  /** Staff, admin and provider accounts; also how an initial or reset password is replaced. */
  @ApiOperation({ summary: '修改自己的密码' })
  @ApiNoContentResponse({ description: '密码已修改' })
  @Roles('provider', 'mediator', 'staff', 'admin')
  @WhilePasswordChangePending()
  @Post()
  @HttpCode(HttpStatus.NO_CONTENT)
  change(@CurrentUser() caller: AuthUser, @Body() body: ChangePasswordDto): Promise<void> {
    return this.passwords.change(caller, body);
  }
}
