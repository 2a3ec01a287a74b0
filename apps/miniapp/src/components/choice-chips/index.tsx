import { Text, View } from '@tarojs/components'
import './index.scss'

interface Props {
  id: string
  options: readonly { code: string; name: string }[]
  value: string
  onChange: (code: string) => void
}

/** A handful of choices laid out as large buttons, one tap to pick: no picker to open and scroll. */
export default function ChoiceChips({ id, options, value, onChange }: Props) {
  return (
    <View id={id} className="choice-chips" role="radiogroup">
      {options.map((option) => (
        <View
          key={option.code}
          className={`choice-chip${option.code === value ? ' choice-chip--on' : ''}`}
          role="radio"
          aria-checked={option.code === value}
          data-value={option.code}
          onClick={() => onChange(option.code)}
        >
          <Text>{option.name}</Text>
        </View>
      ))}
    </View>
  )
}
