import { Text, View } from '@tarojs/components'
import Textarea from './textarea'
import './index.scss'

/** Characters as the worker sees them (an emoji is one), without the blanks around the text. */
export const textLength = (text: string) => Array.from(text.trim()).length

interface Props {
  id: string
  value: string
  onChange: (value: string) => void
  onBlur?: () => void
  placeholder: string
  /** The longest text allowed: the counter turns red past it (typing is not cut off, so a paste is not lost). */
  max: number
}

/**
 * A multi-line text box with a live character counter. Taro resolves `./textarea` to
 * `textarea.weapp.tsx` in the WeChat build and to `textarea.tsx` otherwise (H5, tests).
 */
export default function TextBox({ id, value, onChange, onBlur, placeholder, max }: Props) {
  const count = textLength(value)
  return (
    <View className="text-box">
      <Textarea id={id} className="text-box__input" value={value} placeholder={placeholder} onChange={onChange} onBlur={onBlur} />
      <Text id={`${id}-count`} className={`text-box__count${count > max ? ' text-box__count--over' : ''}`}>
        {count}/{max}
      </Text>
    </View>
  )
}
