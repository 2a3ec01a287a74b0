import { Text, View } from '@tarojs/components'
import type { BenefitEligibility } from '../../services/types'

/** 可申领, or each reason the API gives, in its Chinese text, so a worker knows why before trying. */
export default function EligibilityReasons({ eligibility }: { eligibility: BenefitEligibility }) {
  if (eligibility.eligible) {
    return (
      <View className="eligibility eligibility--ok">
        <Text className="eligibility__badge">可申领</Text>
      </View>
    )
  }
  return (
    <View className="eligibility eligibility--no">
      <Text className="eligibility__badge">暂不可申领</Text>
      {eligibility.messages.map((message, i) => (
        <Text key={eligibility.reasons[i] ?? i} className="eligibility__reason" data-reason={eligibility.reasons[i]}>
          {message}
        </Text>
      ))}
    </View>
  )
}
