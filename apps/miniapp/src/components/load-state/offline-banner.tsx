import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ageText } from '../../utils/age'
import './index.scss'

interface Props {
  id: string
  /** What is shown instead of the answer: 驿站列表, 驿站信息. */
  what: string
  /** When it was kept on the device, epoch milliseconds. */
  savedAt: number
  loading: boolean
  onRetry: () => void
}

/** Says that the page shows what the device kept, and how old it is, with a retry. */
export default function OfflineBanner({ id, what, savedAt, loading, onRetry }: Props) {
  return (
    <View id={id} className="offline-banner" role="status">
      <Text className="offline-banner__text">
        网络不可用，显示的是{ageText(savedAt)}的{what}
      </Text>
      <Button id={`${id}-retry`} size="large" loading={loading} disabled={loading} onClick={onRetry}>
        重试
      </Button>
    </View>
  )
}
