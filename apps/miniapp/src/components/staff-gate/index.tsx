import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import LoadState from '../load-state'
import { usePageData } from '../../hooks/use-page-data'
import { api } from '../../services/api'
import type { Schema } from '@kgh/api-client'
import { openPage } from '../../utils/navigate'
import { canRedeem } from '../../pages/redeem/roles'

const COPY = {
  signIn: '请使用服务机构或工会工作人员账号登录',
  login: '工作人员登录',
  notAllowed: '当前账号不是服务机构或工会工作人员，不能使用此功能',
}

/** A page for providers and union staff (核销, 查验会员卡): while loading, its skeleton; signed out or not staff, the way to the staff login. */
export default function StaffGate({ id, children }: { id: string; children: (user: Schema<'UserView'>) => ReactNode }) {
  const { data: user, error, loading, reload } = usePageData(api.signedInUser)
  if (user === undefined) {
    return (
      <View className="page">
        <LoadState error={error} loading={loading} onRetry={reload} />
      </View>
    )
  }
  if (!user || !canRedeem(user)) {
    return (
      <View className="page">
        <Text className="page__hint">{user ? COPY.notAllowed : COPY.signIn}</Text>
        <Button id={`${id}-login`} type="primary" block size="large" onClick={() => openPage('staff-login')}>
          {COPY.login}
        </Button>
      </View>
    )
  }
  return <>{children(user)}</>
}
