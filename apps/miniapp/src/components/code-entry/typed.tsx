import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { CodeEntryProps } from './types'

/** H5 has no camera scanner here: the provider pastes or types the code shown under the member's QR. */
export default function TypedCodeEntry({ busy, onCode }: CodeEntryProps) {
  const [code, setCode] = useState('')
  const submit = () => code.trim() && onCode(code.trim(), () => setCode(''))
  return (
    <View className="code-entry">
      <View className="code-entry__row">
        <Input id="redeem-code-input" placeholder="粘贴或输入会员出示的核销码" value={code} onChange={setCode} clearable />
      </View>
      <Button id="redeem-submit" type="primary" block size="large" loading={busy} disabled={busy || !code.trim()} onClick={submit}>
        核销
      </Button>
    </View>
  )
}
