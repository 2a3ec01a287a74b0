import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { api } from '../../services/api'
import CareModeSwitch from '../../components/care-mode-switch'
import LoadState from '../../components/load-state'
import { usePageData } from '../../hooks/use-page-data'
import { navigated, openPage } from '../../utils/navigate'
import { canRedeem } from '../redeem/roles'
import { carePage } from '../../components/care-page'
import './index.scss'

function Mine() {
  const { data: user, error, loading, reload } = usePageData(api.signedInUser)
  if (user === undefined) {
    return (
      <View className="page mine">
        <LoadState error={error} loading={loading} onRetry={reload} />
      </View>
    )
  }

  if (!user) {
    return (
      <View className="page mine">
        <Text className="page__hint">登录后查看入会申请和电子会员卡</Text>
        <Button id="mine-login" type="primary" block size="large" onClick={() => openPage('login')}>
          登录
        </Button>
        <CareModeSwitch />
      </View>
    )
  }

  const signOut = () => {
    api.signOut()
    return navigated(Taro.reLaunch({ url: '/pages/index/index' }))
  }
  return (
    <View className="page mine">
      <View className="mine__profile">
        <Text className="mine__signed-in">当前登录</Text>
        <Text className="mine__name">{user.displayName}</Text>
        <Text id="mine-phone" className="mine__phone">
          {user.phoneMasked ? `手机号 ${user.phoneMasked}` : '未绑定手机号'}
        </Text>
      </View>
      <CellGroup>
        <Cell id="mine-status" title="入会申请进度" clickable onClick={() => openPage('membership-status')} />
        <Cell id="mine-card" title="电子会员卡" clickable onClick={() => openPage('card')} />
        <Cell id="mine-claims" title="我的福利" clickable onClick={() => openPage('my-claims')} />
      </CellGroup>
      {/* NutUI's Cell drops `id`; each entry's group carries it for tests. */}
      <CellGroup id="mine-legal">
        <Cell title="法律援助" description="欠薪、工伤等劳动纠纷，向工会求助" clickable onClick={() => openPage('legal')} />
      </CellGroup>
      <CellGroup id="mine-my-legal">
        <Cell title="我的维权" description="求助的处理进度和结果" clickable onClick={() => openPage('my-legal')} />
      </CellGroup>
      {canRedeem(user) && (
        // NutUI's Cell drops `id`; the wrapper carries it for tests.
        <View id="mine-redeem">
          <CellGroup>
            <Cell title="核销" description="扫描会员的福利核销码" clickable onClick={() => openPage('redeem')} />
          </CellGroup>
        </View>
      )}
      <CareModeSwitch />
      <Button id="mine-signout" block size="large" onClick={signOut}>
        退出登录
      </Button>
    </View>
  )
}

export default carePage(Mine)
