import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { api } from '../../services/api'
import { session } from '../../services/session'
import type { Schema } from '@kgh/api-client'
import CareModeSwitch from '../../components/care-mode-switch'
import LoadState from '../../components/load-state'
import { usePageData } from '../../hooks/use-page-data'
import { openPage } from '../../utils/navigate'
import { carePage } from '../../components/care-page'
import { tappable } from '../../utils/tappable'
import './index.scss'

const loadStatus = (): Promise<Schema<'MembershipStatusView'>['status'] | 'signed_out'> =>
  session.isSignedIn() ? api.membership().then((m) => m.status) : Promise.resolve('signed_out')

function Actions({ status }: { status: Schema<'MembershipStatusView'>['status'] | 'signed_out' }) {
  if (status === 'approved') {
    return (
      <Button id="home-card" type="primary" block size="large" onClick={() => openPage('card')}>
        我的会员卡
      </Button>
    )
  }
  if (status === 'pending' || status === 'rejected') {
    return (
      <Button id="home-status" type="primary" block size="large" onClick={() => openPage('membership-status')}>
        {status === 'pending' ? '查看申请进度' : '申请未通过，查看原因'}
      </Button>
    )
  }
  return (
    <>
      <Button id="home-join" type="primary" block size="large" onClick={() => openPage('join')}>
        加入工会
      </Button>
      {status === 'signed_out' && (
        <Button id="home-login" block size="large" onClick={() => openPage('login')}>
          登录
        </Button>
      )}
    </>
  )
}

function Home() {
  const { data: status, error, loading, reload } = usePageData(loadStatus)
  return (
    <View className="page home">
      {/* First on the page: someone who needs larger text finds it before anything else. */}
      <CareModeSwitch />
      <View className="home__banner">
        <Text className="home__title">柯工惠</Text>
        <Text className="home__subtitle">柯桥区总工会 · 新就业形态劳动者服务</Text>
        <Text className="home__text">
          快递小哥、外卖骑手、货运司机、网络主播……两分钟在线入会，享受驿站、体检、疗休养和法律援助等会员服务。
        </Text>
      </View>
      {status === undefined ? <LoadState error={error} loading={loading} onRetry={reload} rows={2} /> : <Actions status={status} />}
      <View id="home-legal" className="home__service" {...tappable(() => void openPage('legal'))}>
        <Text className="home__service-title">法律援助 ›</Text>
        <Text className="home__service-text">欠薪、工伤、劳动合同纠纷，工会律师和调解员免费帮您维权，不是会员也可以求助</Text>
      </View>
    </View>
  )
}

export default carePage(Home)
