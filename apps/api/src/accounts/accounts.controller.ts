import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { notFound } from '../common/app-exception';
import { ApiPageResponse, Page } from '../common/page';
import { CreateAccountDto, ListAccountsQuery, UpdateAccountDto } from './accounts.dto';
import { AccountsService } from './accounts.service';
import { AccountCreatedView, AccountView, InitialPasswordView } from './dto/account-views.dto';

const accountId = new ParseUUIDPipe({ exceptionFactory: () => notFound('账号') });

@ApiTags('accounts')
@ApiBearerAuth()
@Roles('staff', 'admin')
@Controller('admin/accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  /** Staff, admin and provider accounts in the caller's subtree, newest first. */
  @ApiOperation({ summary: '本辖区账号列表' })
  @ApiPageResponse(AccountView)
  @Get()
  list(@CurrentUser() caller: AuthUser, @Query() query: ListAccountsQuery): Promise<Page<AccountView>> {
    return this.accounts.list(caller, query);
  }

  /** The initial password is in this answer only; the holder must change it at first sign-in. */
  @ApiOperation({ summary: '开设账号（初始密码只显示一次）' })
  @ApiCreatedResponse({ type: AccountCreatedView })
  @Post()
  create(@CurrentUser() caller: AuthUser, @Body() body: CreateAccountDto): Promise<AccountCreatedView> {
    return this.accounts.create(caller, body);
  }

  @ApiOperation({ summary: '修改账号（显示名称、所属组织）' })
  @ApiOkResponse({ type: AccountView })
  @Patch(':id')
  update(@CurrentUser() caller: AuthUser, @Param('id', accountId) id: string, @Body() body: UpdateAccountDto): Promise<AccountView> {
    return this.accounts.update(caller, id, body);
  }

  /** It can no longer sign in; its refresh tokens are revoked and its access token is refused. */
  @ApiOperation({ summary: '停用账号' })
  @ApiOkResponse({ type: AccountView })
  @Post(':id/disable')
  @HttpCode(HttpStatus.OK)
  disable(@CurrentUser() caller: AuthUser, @Param('id', accountId) id: string): Promise<AccountView> {
    return this.accounts.disable(caller, id);
  }

  @ApiOperation({ summary: '启用账号' })
  @ApiOkResponse({ type: AccountView })
  @Post(':id/enable')
  @HttpCode(HttpStatus.OK)
  enable(@CurrentUser() caller: AuthUser, @Param('id', accountId) id: string): Promise<AccountView> {
    return this.accounts.enable(caller, id);
  }

  /** A new one-time password, shown once; the holder must change it at their next sign-in. */
  @ApiOperation({ summary: '重置密码（新密码只显示一次）' })
  @ApiOkResponse({ type: InitialPasswordView })
  @Post(':id/reset-password')
  @HttpCode(HttpStatus.OK)
  resetPassword(@CurrentUser() caller: AuthUser, @Param('id', accountId) id: string): Promise<InitialPasswordView> {
    return this.accounts.resetPassword(caller, id);
  }
}
