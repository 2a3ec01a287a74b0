import { IsString, Length, MaxLength, Matches } from 'class-validator';
import { MobilePhone } from '../common/domain-validators';

export class SendSmsCodeDto {
  /** Mainland mobile number; +86 / 0086 prefixes are accepted. */
  @MobilePhone()
  phone: string;
}

export class VerifySmsCodeDto {
  @MobilePhone()
  phone: string;

  @IsString({ message: '请输入验证码' })
  @Matches(/^\d{6}$/, { message: '验证码为6位数字' })
  code: string;
}

export class WechatLoginDto {
  /** The code from wx.login. */
  @IsString({ message: '缺少微信登录凭证' })
  @Length(1, 128, { message: '微信登录凭证无效' })
  code: string;
}

export class StaffLoginDto {
  @IsString({ message: '请输入用户名' })
  @Length(1, 64, { message: '用户名长度为1到64个字符' })
  username: string;

  @IsString({ message: '请输入密码' })
  @Length(1, 128, { message: '密码长度为1到128个字符' })
  password: string;
}

export class RefreshDto {
  @IsString({ message: '缺少刷新凭证' })
  @MaxLength(256, { message: '刷新凭证无效' })
  refreshToken: string;
}
