import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import JoinForm from '../../components/join-form'
import LoadState from '../../components/load-state'
import { api } from '../../services/api'
import { session } from '../../services/session'
import type { Schema } from '@kgh/api-client'
import { usePageData } from '../../hooks/use-page-data'
import { navigated, openPage } from '../../utils/navigate'
import { carePage } from '../../components/care-page'
import './index.scss'

async function submit(input: Schema<'ApplyForMembershipDto'>) {
  const created = await api.applyForMembership(input)
  await navigated(Taro.redirectTo({ url: '/pages/membership-status/index' }))
  return created
}

function Join() {
  const signedIn = session.isSignedIn()
  const { data: towns, error, loading, reload } = usePageData(api.towns)

  if (!signedIn) {
    return (
      <View className="page join">
        <Text className="page__hint">请先登录，再填写入会申请</Text>
        <Button id="join-login" type="primary" block size="large" onClick={() => openPage('login')}>
          登录
        </Button>
      </View>
    )
  }
  return (
    <View className="page join">
      <Text className="page__title">加入工会</Text>
      <Text className="page__hint">请如实填写，工会工作人员审核通过后即可领取电子会员卡</Text>
      {/* The town is required and its list comes from the API: the form waits for it. */}
      {towns ? <JoinForm towns={towns} onSubmit={submit} /> : <LoadState error={error} loading={loading} onRetry={reload} rows={6} />}
    </View>
  )
}

export default carePage(Join)
