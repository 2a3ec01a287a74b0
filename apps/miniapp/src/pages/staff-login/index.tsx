import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import StaffLogin from '../../components/staff-login'
import type { Schema } from '@kgh/api-client'
import { canRedeem } from '../redeem/roles'
import { carePage } from '../../components/care-page'
import '../login/index.scss'

// Providers and staff come here to redeem; anyone else goes on to 我的.
const afterSignIn = (user: Schema<'UserView'>) =>
  canRedeem(user) ? Taro.redirectTo({ url: '/pages/redeem/index' }) : Taro.switchTab({ url: '/pages/mine/index' })

function StaffLoginPage() {
  return (
    <View className="page login">
      <Text className="page__title">工作人员登录</Text>
      <Text className="page__hint">工会工作人员、合作医院和驿站等服务机构使用账号密码登录</Text>
      <StaffLogin onSignedIn={afterSignIn} />
    </View>
  )
}

export default carePage(StaffLoginPage)
