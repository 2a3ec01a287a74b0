import { ErrorCode } from '@kgh/shared'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import MemberCard from '../../components/member-card'
import { api } from '../../services/api'
import { usePageData } from '../../hooks/use-page-data'
import { openPage } from '../../utils/navigate'
import './index.scss'

// The card's QR code is signed for five minutes (a screenshot soon stops working): re-sign it sooner.
const CARD_REFRESH_MS = 4 * 60_000

export default function CardPage() {
  const { data: card, error } = usePageData(api.memberCard, { refreshEveryMs: CARD_REFRESH_MS })
  return (
    <View className="page card-page">
      {card && <MemberCard card={card} />}
      {error?.code === ErrorCode.NotAMember && (
        <>
          <Text className="page__hint">入会申请审核通过后即可使用电子会员卡</Text>
          <Button id="card-status" type="primary" block size="large" onClick={() => openPage('membership-status')}>
            查看申请进度
          </Button>
        </>
      )}
      {error && error.code !== ErrorCode.NotAMember && <Text className="form-error">{error.message}</Text>}
    </View>
  )
}
