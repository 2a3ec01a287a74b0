import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import LoadState from '../../components/load-state'
import ProgrammeCard from '../../components/programme-card'
import { usePageData } from '../../hooks/use-page-data'
import { api } from '../../services/api'
import { session } from '../../services/session'
import type { Schema } from '@kgh/api-client'
import { openPage } from '../../utils/navigate'
import { carePage } from '../../components/care-page'
import './index.scss'

const COPY = {
  intro: '免费体检、疗休养、医疗互助、冬季暖心包、夏季清凉包、技能培训……工会为会员买单。',
  signIn: '登录后查看您能申领哪些福利',
  login: '登录',
  join: '加入工会后即可申领会员福利',
  joinButton: '加入工会',
  myClaims: '我的福利',
  empty: '暂无开放申领的福利项目',
}

const load = (): Promise<Schema<'ProgrammeView'>[] | null> => (session.isSignedIn() ? api.benefits() : Promise.resolve(null))
const openProgramme = (id: string) => Taro.navigateTo({ url: `/pages/benefit/index?id=${id}` })

function Benefits() {
  const { data: programmes, error, loading, reload } = usePageData(load)
  const notMember = programmes?.some((p) => p.eligibility.reasons.includes('NOT_A_MEMBER')) ?? false

  return (
    <View className="page benefits">
      <View className="benefits__banner">
        <Text className="benefits__title">会员福利 · 十大举措</Text>
        <Text className="benefits__intro">{COPY.intro}</Text>
      </View>

      {programmes === null && (
        <View className="benefits__prompt">
          <Text className="benefits__prompt-text">{COPY.signIn}</Text>
          <Button id="benefits-login" type="primary" block size="large" onClick={() => openPage('login')}>
            {COPY.login}
          </Button>
        </View>
      )}

      {programmes && (
        <>
          {notMember ? (
            <View className="benefits__prompt">
              <Text className="benefits__prompt-text">{COPY.join}</Text>
              <Button id="benefits-join" type="primary" block size="large" onClick={() => openPage('join')}>
                {COPY.joinButton}
              </Button>
            </View>
          ) : (
            <Button id="benefits-my-claims" block size="large" onClick={() => openPage('my-claims')}>
              {COPY.myClaims}
            </Button>
          )}
          {programmes.length === 0 && <Text className="page__hint">{COPY.empty}</Text>}
          {programmes.map((p) => (
            <ProgrammeCard key={p.id} programme={p} genderKnown={!notMember} onOpen={openProgramme} />
          ))}
        </>
      )}
      {programmes === undefined && <LoadState error={error} loading={loading} onRetry={reload} rows={6} />}
    </View>
  )
}

export default carePage(Benefits)
