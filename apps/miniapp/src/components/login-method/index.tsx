import SmsLogin from '../sms-login'
import WechatLogin from '../wechat-login'

/** The one place that knows how each platform signs in: WeChat's code on weapp, SMS on H5. */
const LoginMethod = process.env.TARO_ENV === 'weapp' ? WechatLogin : SmsLogin

export default LoginMethod
