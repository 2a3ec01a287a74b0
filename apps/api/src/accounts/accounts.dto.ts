import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Trimmed } from '../common/domain-validators';
import { Optional } from '../common/optional.decorator';
import { PageQuery } from '../common/page.query';
import { ACCOUNT_ROLES, type AccountRole } from './account-rank';
import { ACCOUNT_STATUSES, type AccountStatus } from './dto/account-views.dto';
import { USERNAME_MESSAGE, USERNAME_PATTERN } from './open-account';
import { AcceptablePassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy';

// Rules are checked bottom-up and the pipe stops at the first failure: the type check is last.

// applyDecorators registers in list order, so the type check goes first here.
const DisplayName = (required = true) =>
  applyDecorators(
    ApiProperty({ minLength: 1, maxLength: 40, required, description: '显示名称（首尾空格会去掉）' }),
    IsString({ message: '请输入显示名称' }),
    Length(1, 40, { message: '显示名称为1到40个字符' }),
    Trimmed(),
  );

export class ListAccountsQuery extends PageQuery {
  /** Part of the username or the display name. */
  @IsOptional()
  @MaxLength(64, { message: 'q 最多64个字符' })
  @IsString({ message: 'q 应为文字' })
  q?: string;

  @ApiPropertyOptional({ enum: ACCOUNT_ROLES, enumName: 'AccountRole' })
  @IsOptional()
  @IsIn(ACCOUNT_ROLES, { message: 'role 只能是 provider、mediator、staff 或 admin' })
  role?: AccountRole;

  /** Accounts of this org and the orgs below it. */
  @IsOptional()
  @IsUUID('all', { message: 'orgId 应为组织编号' })
  orgId?: string;

  @ApiPropertyOptional({ enum: ACCOUNT_STATUSES, enumName: 'AccountStatus' })
  @IsOptional()
  @IsIn(ACCOUNT_STATUSES, { message: 'status 只能是 active 或 disabled' })
  status?: AccountStatus;
}

export class CreateAccountDto {
  /** 3–32 characters: lower-case letters, digits, `_`, `.` and `-`. */
  @ApiProperty({ pattern: USERNAME_PATTERN.source, minLength: 3, maxLength: 32 })
  @Matches(USERNAME_PATTERN, { message: USERNAME_MESSAGE })
  @IsString({ message: '请输入用户名' })
  username: string;

  @DisplayName()
  displayName: string;

  @ApiProperty({ enum: ACCOUNT_ROLES, enumName: 'AccountRole' })
  @IsIn(ACCOUNT_ROLES, { message: '角色只能是 provider（服务商）、mediator（调解员/公益律师）、staff（工会干事）或 admin（区级管理员）' })
  role: AccountRole;

  /** The union the account belongs to: a staff account sees its subtree; an admin sits at the district. */
  @IsUUID('all', { message: '请选择所属工会组织' })
  orgId: string;
}

export class UpdateAccountDto {
  @Optional()
  @DisplayName(false)
  displayName?: string;

  @Optional()
  @IsUUID('all', { message: '请选择所属工会组织' })
  orgId?: string;
}

export class ChangePasswordDto {
  @Length(1, 128, { message: '当前密码长度为1到128个字符' })
  @IsString({ message: '请输入当前密码' })
  currentPassword: string;

  /** At least 10 characters, with letters and digits, and not the current one. */
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @AcceptablePassword()
  newPassword: string;
}
