import { Text, View } from '@tarojs/components'
import LoginMethod from '../../components/login-method'
import { goBackOrHome, openPage } from '../../utils/navigate'
import { carePage } from '../../components/care-page'
import { tappable } from '../../utils/tappable'
import './index.scss'

function Login() {
  return (
    <View className="page login">
      <Text className="page__title">登录柯工惠</Text>
      <Text className="page__hint">登录后可申请入会、查看电子会员卡</Text>
      <LoginMethod onSignedIn={goBackOrHome} />
      <Text id="login-staff" className="login__staff" {...tappable(() => void openPage('staff-login'))}>
        工作人员登录（工会、服务机构）›
      </Text>
    </View>
  )
}

export default carePage(Login)
