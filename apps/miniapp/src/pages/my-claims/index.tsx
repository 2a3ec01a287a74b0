import { Fragment, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import ClaimItem from '../../components/claim-item'
import LoadState from '../../components/load-state'
import { usePageData } from '../../hooks/use-page-data'
import { api, ApiError } from '../../services/api'
import { session } from '../../services/session'
import type { Schema } from '@kgh/api-client'
import { openPage, openUrl } from '../../utils/navigate'
import { carePage } from '../../components/care-page'
import './index.scss'

const COPY = {
  signIn: '登录后查看您申领的福利',
  login: '登录',
  empty: '还没有申领记录',
  browse: '去看看会员福利',
  cancelled: '已取消申领',
  failed: '取消失败，请稍后再试',
}

const load = (): Promise<Schema<'ClaimView'>[] | null> => (session.isSignedIn() ? api.myClaims() : Promise.resolve(null))
const showCode = (claimId: string) => openUrl(`/pages/redemption/index?claimId=${claimId}`)

/** What cancelling a claim came to, said under that claim. */
type Outcome = { claimId: string; tone: 'ok' | 'error'; text: string }

function MyClaims() {
  const { data: loaded, error, loading, reload } = usePageData(load)
  const [changed, setChanged] = useState<Record<string, Schema<'ClaimView'>>>({})
  const [cancelling, setCancelling] = useState<string | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  const cancel = async (claim: Schema<'ClaimView'>) => {
    setCancelling(claim.id)
    setOutcome(null)
    try {
      const after = await api.cancelClaim(claim.id)
      setChanged((c) => ({ ...c, [after.id]: after }))
      // On the page, not a toast: 关怀模式 has no pop-ups, and a toast is gone before it is read.
      setOutcome({ claimId: claim.id, tone: 'ok', text: COPY.cancelled })
    } catch (e) {
      setOutcome({ claimId: claim.id, tone: 'error', text: e instanceof ApiError ? e.message : COPY.failed })
    } finally {
      setCancelling(null)
    }
  }

  if (loaded === null) {
    return (
      <View className="page my-claims">
        <Text className="page__hint">{COPY.signIn}</Text>
        <Button id="my-claims-login" type="primary" block size="large" onClick={() => openPage('login')}>
          {COPY.login}
        </Button>
      </View>
    )
  }
  if (!loaded)
    return (
      <View className="page">
        <LoadState error={error} loading={loading} onRetry={reload} rows={6} />
      </View>
    )

  const claims = loaded.map((c) => changed[c.id] ?? c)
  return (
    <View className="page my-claims">
      {claims.length === 0 && (
        <>
          <Text className="page__hint">{COPY.empty}</Text>
          <Button id="my-claims-browse" type="primary" block size="large" onClick={() => Taro.switchTab({ url: '/pages/benefits/index' })}>
            {COPY.browse}
          </Button>
        </>
      )}
      {claims.map((claim) => (
        <Fragment key={claim.id}>
          <ClaimItem claim={claim} busy={cancelling === claim.id} onShowCode={showCode} onCancel={cancel} />
          {outcome?.claimId === claim.id && (
            <View id="my-claims-message" role="status" className={`my-claims__message my-claims__message--${outcome.tone}`}>
              <Text>{outcome.text}</Text>
            </View>
          )}
        </Fragment>
      ))}
    </View>
  )
}

export default carePage(MyClaims)
