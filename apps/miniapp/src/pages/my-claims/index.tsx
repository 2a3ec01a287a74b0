import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import ClaimItem from '../../components/claim-item'
import { usePageData } from '../../hooks/use-page-data'
import { api, ApiError } from '../../services/api'
import { session } from '../../services/session'
import type { Schema } from '@kgh/api-client'
import { openPage } from '../../utils/navigate'
import './index.scss'

const COPY = {
  signIn: '登录后查看您申领的福利',
  login: '登录',
  loading: '加载中…',
  empty: '还没有申领记录',
  browse: '去看看会员福利',
  confirmTitle: '取消申领',
  confirmText: (name: string) => `确定取消“${name}”吗？取消后名额将让给其他会员。`,
  cancelled: '已取消',
  failed: '取消失败，请稍后再试',
}

const load = (): Promise<Schema<'ClaimView'>[] | null> => (session.isSignedIn() ? api.myClaims() : Promise.resolve(null))
const showCode = (claimId: string) => Taro.navigateTo({ url: `/pages/redemption/index?claimId=${claimId}` })

export default function MyClaims() {
  const { data: loaded, error } = usePageData(load)
  const [changed, setChanged] = useState<Record<string, Schema<'ClaimView'>>>({})
  const [cancelling, setCancelling] = useState<string | null>(null)
  const [message, setMessage] = useState('')

  const cancel = async (claim: Schema<'ClaimView'>) => {
    const { confirm } = await Taro.showModal({
      title: COPY.confirmTitle,
      content: COPY.confirmText(claim.programmeName),
      confirmText: '确定取消',
      cancelText: '再想想',
    })
    if (!confirm) return
    setCancelling(claim.id)
    setMessage('')
    try {
      const after = await api.cancelClaim(claim.id)
      setChanged((c) => ({ ...c, [after.id]: after }))
      // The list already shows the claim as cancelled; a toast that fails to show leaves nothing to tell.
      void Taro.showToast({ title: COPY.cancelled, icon: 'success' })
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : COPY.failed)
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
  if (error)
    return (
      <View className="page">
        <Text className="form-error">{error.message}</Text>
      </View>
    )
  if (!loaded)
    return (
      <View className="page">
        <Text className="page__hint">{COPY.loading}</Text>
      </View>
    )

  const claims = loaded.map((c) => changed[c.id] ?? c)
  return (
    <View className="page my-claims">
      {message && (
        <Text id="my-claims-message" className="form-error">
          {message}
        </Text>
      )}
      {claims.length === 0 && (
        <>
          <Text className="page__hint">{COPY.empty}</Text>
          <Button id="my-claims-browse" type="primary" block size="large" onClick={() => Taro.switchTab({ url: '/pages/benefits/index' })}>
            {COPY.browse}
          </Button>
        </>
      )}
      {claims.map((claim) => (
        <ClaimItem key={claim.id} claim={claim} busy={cancelling === claim.id} onShowCode={showCode} onCancel={cancel} />
      ))}
    </View>
  )
}
