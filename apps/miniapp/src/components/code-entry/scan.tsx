import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { CodeEntryProps } from './types'

/** WeChat: the camera scanner reads the member's QR; a cancelled scan does nothing. */
export default function ScanCodeEntry({ busy, onCode }: CodeEntryProps) {
  const scan = () =>
    Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }).then(
      ({ result }) => result && onCode(result, () => undefined),
      () => undefined,
    )
  return (
    <View className="code-entry">
      <Button id="redeem-scan" type="primary" block size="large" loading={busy} disabled={busy} onClick={scan}>
        扫码核销
      </Button>
    </View>
  )
}
