import type { KeyboardEvent } from 'react'
import { Text, View } from '@tarojs/components'
import { isPressKey } from '../../utils/tappable'
import './index.scss'

interface Props {
  id: string
  options: readonly { code: string; name: string }[]
  value: string
  onChange: (code: string) => void
  /** The group's name for a screen reader, when no label element names it. */
  label?: string
}

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }

/**
 * A handful of choices laid out as large buttons, one tap to pick: no picker to open and scroll. A radio
 * group: on H5 a keyboard tabs to the chosen one, moves with the arrow keys and picks with Space or Enter.
 */
export default function ChoiceChips({ id, options, value, onChange, label }: Props) {
  const chosen = options.findIndex((option) => option.code === value)
  // Taro's View types leave out these DOM props; H5 renders a <div> that takes them, WeChat has no keyboard.
  const keyboard = (at: number) => ({
    tabIndex: at === Math.max(chosen, 0) ? 0 : -1,
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      const step = STEPS[event.key]
      if (!step && !isPressKey(event.key)) return
      event.preventDefault()
      const next = step ? (at + step + options.length) % options.length : at
      ;(event.currentTarget.parentElement?.children[next] as HTMLElement | undefined)?.focus()
      onChange(options[next].code)
    },
  })
  return (
    <View id={id} className="choice-chips" role="radiogroup" aria-label={label}>
      {options.map((option, at) => {
        const on = at === chosen
        return (
          <View
            key={option.code}
            className={`choice-chip${on ? ' choice-chip--on' : ''}`}
            role="radio"
            aria-checked={on}
            data-value={option.code}
            onClick={() => onChange(option.code)}
            {...keyboard(at)}
          >
            <Text className="choice-chip__mark" aria-hidden>
              {on ? '✓' : ''}
            </Text>
            <Text>{option.name}</Text>
          </View>
        )
      })}
    </View>
  )
}
