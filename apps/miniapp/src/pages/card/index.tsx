import { ErrorCode } from '@kgh/shared'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import LoadState from '../../components/load-state'
import MemberCard from '../../components/member-card'
import { api } from '../../services/api'
import { usePageData } from '../../hooks/use-page-data'
import { openPage } from '../../utils/navigate'
import { carePage } from '../../components/care-page'
import './index.scss'

// The card's QR code is signed for five minutes (a screenshot soon stops working): re-sign it sooner.
const CARD_REFRESH_MS = 4 * 60_000

function CardPage() {
  const { data: card, error, loading, reload } = usePageData(api.memberCard, { refreshEveryMs: CARD_REFRESH_MS })
  const notMember = error?.code === ErrorCode.NotAMember
  return (
    <View className="page card-page">
      {card && <MemberCard card={card} />}
      {notMember && (
        <>
          <Text className="page__hint">入会申请审核通过后即可使用电子会员卡</Text>
          <Button id="card-status" type="primary" block size="large" onClick={() => openPage('membership-status')}>
            查看申请进度
          </Button>
        </>
      )}
      {!card && !notMember && <LoadState error={error} loading={loading} onRetry={reload} rows={8} />}
    </View>
  )
}

export default carePage(CardPage)
