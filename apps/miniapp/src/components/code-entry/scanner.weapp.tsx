import Taro from '@tarojs/taro'
import { Button } from '@nutui/nutui-react-taro'
import type { ScannerProps } from './types'

/** WeChat: the native camera scanner reads the QR; a cancelled scan does nothing. */
export default function Scanner({ id, label, busy, onScan }: ScannerProps) {
  const scan = () =>
    Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }).then(
      ({ result }) => result && onScan(result),
      () => undefined,
    )
  return (
    <Button id={id} type="primary" block size="large" loading={busy} disabled={busy} onClick={scan}>
      {label}
    </Button>
  )
}
