import { Text, View } from '@tarojs/components'
import type { Schema } from '@kgh/api-client'
import EligibilityReasons from './eligibility-reasons'
import { costText } from './format'
import { tappable } from '../../utils/tappable'
import './index.scss'

export { default as EligibilityReasons } from './eligibility-reasons'

interface Props {
  programme: Schema<'ProgrammeView'>
  /** Whether the API knew the caller's gender (a member): then `costFen` is their own cost. */
  genderKnown: boolean
  onOpen: (programmeId: string) => void
}

/** One programme in the 福利 list: what it is worth and whether the worker can claim it now. */
export default function ProgrammeCard({ programme, genderKnown, onOpen }: Props) {
  return (
    <View className="programme-card" data-programme-id={programme.id} {...tappable(() => onOpen(programme.id))}>
      <View className="programme-card__head">
        <Text className="programme-card__name">{programme.name}</Text>
        <Text className="programme-card__more">详情 ›</Text>
      </View>
      <Text className="programme-card__cost">{costText(programme, genderKnown)}</Text>
      <EligibilityReasons eligibility={programme.eligibility} />
    </View>
  )
}
