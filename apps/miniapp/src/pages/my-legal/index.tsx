import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Schema } from '@kgh/api-client'
import LegalStatusBadge, { LEGAL_TOPIC_NAMES } from '../../components/legal-status'
import LoadState from '../../components/load-state'
import SignInPrompt from '../../components/sign-in-prompt'
import { usePageData } from '../../hooks/use-page-data'
import { api } from '../../services/api'
import { session } from '../../services/session'
import { formatDate } from '../../utils/format'
import { navigated, openPage } from '../../utils/navigate'
import { carePage } from '../../components/care-page'
import { tappable } from '../../utils/tappable'
import './index.scss'

const COPY = {
  signIn: '登录后查看您的维权求助和处理进度',
  empty: '还没有维权求助记录',
  ask: '我要求助（法律援助）',
  submitted: (request: Schema<'LegalRequestView'>) =>
    `求助已提交，编号 ${request.number}。${request.org.name}将在${formatDate(request.dueOn)}前电话联系您，请保持电话畅通。`,
}

const load = (): Promise<Schema<'LegalRequestView'>[] | null> => (session.isSignedIn() ? api.myLegalRequests() : Promise.resolve(null))
const open = (id: string) => navigated(Taro.navigateTo({ url: `/pages/legal-request/index?id=${id}` }))

function LegalRequestRow({ request }: { request: Schema<'LegalRequestView'> }) {
  return (
    <View className="legal-request" data-request={request.id} {...tappable(() => void open(request.id))}>
      <View className="legal-request__head">
        <Text className="legal-request__topic">{LEGAL_TOPIC_NAMES[request.topic]}</Text>
        <LegalStatusBadge status={request.status} />
      </View>
      <Text className="legal-request__meta">编号 {request.number}</Text>
      <Text className="legal-request__meta">提交于 {formatDate(request.submittedAt)}</Text>
    </View>
  )
}

function MyLegal() {
  const submittedId = useRouter().params.submitted
  const { data: requests, error, loading, reload } = usePageData(load)

  if (requests === null) {
    return (
      <View className="page my-legal">
        <SignInPrompt id="my-legal-login" text={COPY.signIn} />
      </View>
    )
  }
  if (!requests) {
    return (
      <View className="page my-legal">
        <LoadState error={error} loading={loading} onRetry={reload} />
      </View>
    )
  }

  const submitted = requests.find((r) => r.id === submittedId)
  return (
    <View className="page my-legal">
      {submitted && (
        <View id="my-legal-submitted" className="my-legal__submitted" role="status">
          <Text>{COPY.submitted(submitted)}</Text>
        </View>
      )}
      {requests.length === 0 && <Text className="my-legal__text">{COPY.empty}</Text>}
      {requests.map((request) => (
        <LegalRequestRow key={request.id} request={request} />
      ))}
      <Button id="my-legal-ask" type={requests.length === 0 ? 'primary' : 'default'} block size="large" onClick={() => openPage('legal')}>
        {COPY.ask}
      </Button>
    </View>
  )
}

export default carePage(MyLegal)
