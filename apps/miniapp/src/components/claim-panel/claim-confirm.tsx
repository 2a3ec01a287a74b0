import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Schema } from '@kgh/api-client'
import { lastClaimDay, rulesText, sessionWhen } from '../programme-card/format'
import FactRow from '../fact-row'
import { formatDate } from '../../utils/format'

interface Props {
  programme: Schema<'ProgrammeDetailView'>
  session: Schema<'SessionView'> | null
  onConfirm: () => void
  onBack: () => void
}

/** What is about to be claimed, in place of the claim button: no pop-up, which 关怀模式 forbids. */
export default function ClaimConfirm({ programme, session, onConfirm, onBack }: Props) {
  return (
    <View id="claim-confirm-panel" className="claim-confirm" role="group" aria-label="确认申领">
      <Text className="claim-confirm__title">请确认申领信息</Text>
      <FactRow label="福利项目" id="claim-confirm-programme" value={programme.name} />
      {session ? (
        <>
          <FactRow label="批次" id="claim-confirm-batch" value={session.name} />
          <FactRow label="时间" id="claim-confirm-date" value={sessionWhen(session)} />
          {session.location && <FactRow label="地点" value={session.location} />}
        </>
      ) : (
        <FactRow label="申领截止" id="claim-confirm-date" value={formatDate(lastClaimDay(programme))} />
      )}
      <Text className="claim-confirm__rule">{rulesText(programme)[0]}</Text>
      <View className="claim-confirm__actions">
        <Button id="claim-confirm" type="primary" size="large" onClick={onConfirm}>
          确认申领
        </Button>
        <Button id="claim-back" size="large" onClick={onBack}>
          返回
        </Button>
      </View>
    </View>
  )
}
