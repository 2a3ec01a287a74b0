export interface TextareaProps {
  id: string
  className: string
  value: string
  placeholder: string
  onChange: (value: string) => void
  onBlur?: () => void
}
