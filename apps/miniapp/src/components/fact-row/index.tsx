import { Text, View } from '@tarojs/components'
import './index.scss'

interface Props {
  label: string
  value: string
  /** On the value, for tests and for what a person compares (身份证后四位). */
  id?: string
  /** Larger and bold: what is matched against an ID card. */
  strong?: boolean
}

/** One fact on a card at the counter: its label, then its value. */
export default function FactRow({ label, value, id, strong }: Props) {
  return (
    <View className="fact-row">
      <Text className="fact-row__label">{label}</Text>
      <Text id={id} className={`fact-row__value${strong ? ' fact-row__value--strong' : ''}`}>
        {value}
      </Text>
    </View>
  )
}
