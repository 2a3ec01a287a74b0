import { Text, View } from '@tarojs/components'
import type { Schema } from '@kgh/api-client'
import { LEGAL_STATUS_NAMES } from '../legal-status'
import { formatDateAndTime } from '../../utils/format'
import './index.scss'

type Step = Schema<'LegalRequestDetailView'>['steps'][number]

const BY: Record<Step['by'], string> = { worker: '我', union: '工会' }

/** Every step of the request, oldest first, as the worker reads it: when, who, what it changed to, and what was said. */
export default function LegalSteps({ steps }: { steps: Step[] }) {
  return (
    <View id="legal-steps" className="legal-steps">
      {steps.map((step, i) => (
        <View
          key={step.id}
          className={`legal-step legal-step--${step.by}${i === steps.length - 1 ? ' legal-step--latest' : ''}`}
          data-status={step.status ?? ''}
        >
          <View className="legal-step__dot" />
          <View className="legal-step__body">
            <View className="legal-step__head">
              <Text className="legal-step__by">{BY[step.by]}</Text>
              {step.status && <Text className="legal-step__status">{LEGAL_STATUS_NAMES[step.status]}</Text>}
            </View>
            <Text className="legal-step__text">{step.text}</Text>
            <Text className="legal-step__at">{formatDateAndTime(step.at)}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
