import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'

interface Props {
  /** The input's id; the button's is `<prefix>-submit`. */
  id: string
  submitId: string
  busy: boolean
  placeholder: string
  onCode: (code: string, clear: () => void) => void
}

/** The long code under the member's QR, pasted (from a chat message, say) when neither camera nor digits will do. */
export default function PastedCodeField({ id, submitId, busy, placeholder, onCode }: Props) {
  const [code, setCode] = useState('')
  const submit = () => code.trim() && onCode(code.trim(), () => setCode(''))
  return (
    <View className="code-entry__field">
      <Text className="code-entry__label" id={`${id}-label`}>
        或粘贴长码
      </Text>
      <View className="code-entry__row">
        <Input id={id} aria-labelledby={`${id}-label`} placeholder={placeholder} value={code} onChange={setCode} clearable />
      </View>
      <Button id={submitId} type="default" block size="large" loading={busy} disabled={busy || !code.trim()} onClick={submit}>
        查询长码
      </Button>
    </View>
  )
}
