import { Text, View } from '@tarojs/components'
import type { Schema } from '@kgh/api-client'

/** 可申领, or each reason the API gives, in its Chinese text, so a worker knows why before trying. */
export default function EligibilityReasons({ eligibility }: { eligibility: Schema<'EligibilityView'> }) {
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
