import { Textarea as NativeTextarea } from '@tarojs/components'
import type { TextareaProps } from './types'

/** WeChat's native textarea; its own 140-character cap is lifted, as the counter and the form say the limit. */
export default function Textarea({ id, className, value, placeholder, onChange, onBlur }: TextareaProps) {
  return (
    <NativeTextarea
      id={id}
      className={className}
      value={value}
      placeholder={placeholder}
      maxlength={-1}
      autoHeight
      onInput={(e) => onChange(e.detail.value)}
      onBlur={onBlur}
    />
  )
}
