import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import ClaimPanel from '../../components/claim-panel'
import { EligibilityReasons } from '../../components/programme-card'
import LoadState from '../../components/load-state'
import { costText, lastClaimDay, rulesText } from '../../components/programme-card/format'
import { usePageData } from '../../hooks/use-page-data'
import { api } from '../../services/api'
import { session } from '../../services/session'
import { formatDate } from '../../utils/format'
import { openPage } from '../../utils/navigate'
import type { Schema } from '@kgh/api-client'
import { carePage } from '../../components/care-page'
import './index.scss'

const COPY = {
  signIn: '登录后查看申领条件并申领',
  login: '登录',
  join: '加入工会',
}

const showCode = (claimId: string) => Taro.navigateTo({ url: `/pages/redemption/index?claimId=${claimId}` })

const SETTLED = ['cancelled', 'rejected']

/** The worker's latest claim of the programme that still counts (a once-a-year one allows no second). */
async function earlierClaim(programmeId: string): Promise<Schema<'ClaimView'> | null> {
  const claims = await api.myClaims().catch(() => [])
  const mine = claims.filter((c) => c.programmeId === programmeId && !SETTLED.includes(c.status))
  return mine.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null
}

async function load(id: string) {
  if (!session.isSignedIn()) return null
  const programme = await api.benefit(id)
  const claim = programme.eligibility.reasons.includes('ALREADY_CLAIMED') ? await earlierClaim(id) : null
  return { programme, claim }
}

function Benefit() {
  const id = useRouter().params.id ?? ''
  // After a claim's answer, places and eligibility have changed: `reload` shows them as they are now.
  const { data, error, loading, reload } = usePageData(() => load(id))

  if (data === null) {
    return (
      <View className="page benefit">
        <Text className="page__hint">{COPY.signIn}</Text>
        <Button id="benefit-login" type="primary" block size="large" onClick={() => openPage('login')}>
          {COPY.login}
        </Button>
      </View>
    )
  }
  if (!data)
    return (
      <View className="page">
        <LoadState error={error} loading={loading} onRetry={reload} rows={6} />
      </View>
    )

  const { programme, claim } = data
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
          申领时间：{formatDate(programme.periodStart)} 至 {formatDate(lastClaimDay(programme))}
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
        existingClaim={claim}
        onClaimed={reload}
        onRefused={reload}
        onShowCode={showCode}
        onMyClaims={() => Taro.redirectTo({ url: '/pages/my-claims/index' })}
      />
    </View>
  )
}

export default carePage(Benefit)
