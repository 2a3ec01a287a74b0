import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import ClaimPanel from '../../components/claim-panel'
import { EligibilityReasons } from '../../components/programme-card'
import { costText, rulesText } from '../../components/programme-card/format'
import { usePageData } from '../../hooks/use-page-data'
import { api } from '../../services/api'
import { session } from '../../services/session'
import { formatDate } from '../../utils/format'
import { openPage } from '../../utils/navigate'
import './index.scss'

const COPY = {
  loading: '加载中…',
  signIn: '登录后查看申领条件并申领',
  login: '登录',
  join: '加入工会',
}

const showCode = (claimId: string) => Taro.navigateTo({ url: `/pages/redemption/index?claimId=${claimId}` })

export default function Benefit() {
  const id = useRouter().params.id ?? ''
  // After a claim's answer, places and eligibility have changed: `reload` shows them as they are now.
  const { data: programme, error, reload } = usePageData(() => (session.isSignedIn() ? api.benefit(id) : Promise.resolve(null)))

  if (programme === null) {
    return (
      <View className="page benefit">
        <Text className="page__hint">{COPY.signIn}</Text>
        <Button id="benefit-login" type="primary" block size="large" onClick={() => openPage('login')}>
          {COPY.login}
        </Button>
      </View>
    )
  }
  if (error)
    return (
      <View className="page">
        <Text className="form-error">{error.message}</Text>
      </View>
    )
  if (!programme)
    return (
      <View className="page">
        <Text className="page__hint">{COPY.loading}</Text>
      </View>
    )

  const notMember = programme.eligibility.reasons.includes('NOT_A_MEMBER')
  return (
    <View className="page benefit">
      <View className="benefit__card">
        <Text id="benefit-name" className="benefit__name">
          {programme.name}
        </Text>
        <Text className="benefit__cost">{costText(programme, !notMember)}</Text>
        {programme.description && <Text className="benefit__description">{programme.description}</Text>}
        <Text className="benefit__period">
          申领时间：{formatDate(programme.periodStart)} 至 {formatDate(new Date(Date.parse(programme.periodEnd) - 1).toISOString())}
        </Text>
      </View>

      <View className="benefit__card">
        <Text className="benefit__section">申领规则</Text>
        {rulesText(programme).map((line) => (
          <Text key={line} className="benefit__rule">
            {line}
          </Text>
        ))}
      </View>

      <View id="benefit-eligibility" className="benefit__card">
        <Text className="benefit__section">我的申领资格</Text>
        <EligibilityReasons eligibility={programme.eligibility} />
        {notMember && (
          <Button id="benefit-join" type="primary" block size="large" onClick={() => openPage('join')}>
            {COPY.join}
          </Button>
        )}
      </View>

      <ClaimPanel
        programme={programme}
        onClaimed={reload}
        onRefused={reload}
        onShowCode={showCode}
        onMyClaims={() => Taro.redirectTo({ url: '/pages/my-claims/index' })}
      />
    </View>
  )
}
