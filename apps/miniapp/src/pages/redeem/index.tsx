import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import RedeemForm from '../../components/redeem-form'
import { usePageData } from '../../hooks/use-page-data'
import { api } from '../../services/api'
import { session } from '../../services/session'
import type { Schema } from '@kgh/api-client'
import { openPage } from '../../utils/navigate'
import { canRedeem } from './roles'
import './index.scss'

const COPY = {
  title: '福利核销',
  hint: '请会员打开“我的福利 → 出示核销码”，核销码一次有效',
  signIn: '核销需使用服务机构或工会工作人员账号登录',
  login: '工作人员登录',
  notAllowed: '当前账号不是服务机构或工会工作人员，不能核销',
}

const loadUser = (): Promise<Schema<'UserView'> | null> => (session.isSignedIn() ? api.me() : Promise.resolve(null))

export default function Redeem() {
  const { data: user, loading } = usePageData(loadUser)
  if (loading && user === undefined) return <View className="page" />
  if (!user || !canRedeem(user)) {
    return (
      <View className="page redeem">
        <Text className="page__hint">{user ? COPY.notAllowed : COPY.signIn}</Text>
        <Button id="redeem-login" type="primary" block size="large" onClick={() => openPage('staff-login')}>
          {COPY.login}
        </Button>
      </View>
    )
  }
  return (
    <View className="page redeem">
      <Text className="page__title">{COPY.title}</Text>
      <Text className="page__hint">{COPY.hint}</Text>
      <Text id="redeem-operator" className="redeem__operator">
        核销人员：{user.displayName}
      </Text>
      <RedeemForm />
    </View>
  )
}
