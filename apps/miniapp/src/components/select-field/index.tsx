import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Picker } from '@nutui/nutui-react-taro'
import { useCareMode } from '../../hooks/use-care-mode'
import ChoiceChips from '../choice-chips'
import { tappable } from '../../utils/tappable'
import './index.scss'

export interface SelectOption {
  value: string
  label: string
}

interface Props {
  id: string
  label: string
  placeholder: string
  options: readonly SelectOption[]
  value: string
  onChange: (value: string) => void
}

/** A tappable row that opens a one-column picker; in 关怀模式, which has no pop-ups, the options on the page. */
export default function SelectField(props: Props) {
  return useCareMode() ? <InlineChoices {...props} /> : <PickerField {...props} />
}

function InlineChoices({ id, label, options, value, onChange }: Props) {
  return (
    <View className="select-field select-field--inline">
      <Text className="select-field__label">{label}</Text>
      <ChoiceChips
        id={id}
        label={label}
        options={options.map((o) => ({ code: o.value, name: o.label }))}
        value={value}
        onChange={onChange}
      />
    </View>
  )
}

function PickerField({ id, label, placeholder, options, value, onChange }: Props) {
  const [open, setOpen] = useState(false)
  const selected = options.find((o) => o.value === value)
  return (
    <View className="select-field">
      <View id={id} className="select-field__row" {...tappable(() => setOpen(true))}>
        <Text className="select-field__label">{label}</Text>
        <Text className={selected ? 'select-field__value' : 'select-field__placeholder'}>{selected?.label ?? placeholder}</Text>
      </View>
      <Picker
        title={label}
        visible={open}
        options={[options.map((o) => ({ value: o.value, label: o.label }))]}
        value={value ? [value] : undefined}
        onConfirm={(_, [picked]) => {
          // NutUI reports no value when the first row is confirmed without scrolling.
          const chosen = picked ?? options[0]?.value
          if (chosen != null) onChange(String(chosen))
        }}
        onClose={() => setOpen(false)}
      />
    </View>
  )
}
