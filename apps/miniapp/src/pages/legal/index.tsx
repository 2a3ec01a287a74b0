import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Schema } from '@kgh/api-client'
import LegalForm from '../../components/legal-form'
import LoadState from '../../components/load-state'
import SignInPrompt from '../../components/sign-in-prompt'
import { usePageData } from '../../hooks/use-page-data'
import { api } from '../../services/api'
import { session } from '../../services/session'
import { navigated, openPage } from '../../utils/navigate'
import { carePage } from '../../components/care-page'
import './index.scss'

const COPY = {
  title: '法律援助',
  intro: '被拖欠工资、工作中受伤、劳动合同或社保有纠纷？告诉工会，工会律师和调解员免费帮您维权。',
  signIn: '请先登录，再向工会求助',
  mine: '查看我的维权',
}

async function submit(input: Schema<'CreateLegalRequestDto'>) {
  const request = await api.askForLegalHelp(input)
  // The list shows the new request and when the union will call back; going back skips the filled form.
  await navigated(Taro.redirectTo({ url: `/pages/my-legal/index?submitted=${request.id}` }))
}

function Legal() {
  const signedIn = session.isSignedIn()
  const { data: towns, error, loading, reload } = usePageData(api.towns)

  return (
    <View className="page legal-page">
      <Text className="page__title">{COPY.title}</Text>
      <Text className="legal-page__intro">{COPY.intro}</Text>
      {signedIn ? (
        <>
          {/* The form stays up while the towns load (or load again when the page is shown), so nothing typed is lost. */}
          {error && !towns && <LoadState error={error} loading={loading} onRetry={reload} />}
          <LegalForm towns={towns ?? []} phone={session.signInPhone()} onSubmit={submit} />
          <Button id="legal-mine" block size="large" onClick={() => openPage('my-legal')}>
            {COPY.mine}
          </Button>
        </>
      ) : (
        <SignInPrompt id="legal-login" text={COPY.signIn} />
      )}
    </View>
  )
}

export default carePage(Legal)
