import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { groupShortCode, shortCodeDigits, shortCodeProblem } from './short-code'

// A text input keeps the space between the groups; inputmode still brings up the digit keyboard. Taro's
// input passes these on to the <input> on H5, but its props type does not list them.
const DIGIT_KEYBOARD: Record<string, string> = { inputMode: 'numeric', pattern: '[0-9 ]*', autoComplete: 'off' }

interface Props {
  id: string
  busy: boolean
  onShortCode: (digits: string, clear: () => void) => void
}

/** The 8 digits the member reads aloud: a numeric keyboard, shown as 1234 5678, checked before it is sent. */
export default function ShortCodeField({ id, busy, onShortCode }: Props) {
  const [digits, setDigits] = useState('')
  const [problem, setProblem] = useState('')
  const submit = () => {
    const why = shortCodeProblem(digits)
    setProblem(why)
    if (!why) onShortCode(digits, () => setDigits(''))
  }
  return (
    <View className="code-entry__field">
      <Text className="code-entry__label" id={`${id}-label`}>
        输入会员报出的 8 位数字码
      </Text>
      <View className="code-entry__row">
        <Input
          id={id}
          className="code-entry__short-code"
          type="text"
          {...DIGIT_KEYBOARD}
          aria-labelledby={`${id}-label`}
          aria-invalid={problem ? 'true' : 'false'}
          aria-describedby={problem ? `${id}-error` : undefined}
          maxLength={9}
          placeholder="1234 5678"
          value={groupShortCode(digits)}
          onChange={(typed: string) => {
            setDigits(shortCodeDigits(typed))
            setProblem('')
          }}
        />
      </View>
      {problem && (
        <View id={`${id}-error`} className="form-error" role="alert">
          {problem}
        </View>
      )}
      <Button id={`${id}-submit`} type="primary" block size="large" loading={busy} disabled={busy || !digits} onClick={submit}>
        查询数字码
      </Button>
    </View>
  )
}
