import type { TextareaProps } from './types'

/**
 * H5 and tests: a plain <textarea>. Taro's H5 Textarea is a web component with the real textarea
 * inside it, so its id would not land on the element a worker (or a browser test) types into.
 */
export default function Textarea({ id, className, value, placeholder, onChange, onBlur }: TextareaProps) {
  return (
    <textarea
      id={id}
      className={className}
      value={value}
      placeholder={placeholder}
      rows={5}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={onBlur}
    />
  )
}
