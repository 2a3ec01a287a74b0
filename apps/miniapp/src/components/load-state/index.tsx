import { Text, View } from '@tarojs/components'
import { Button, Skeleton } from '@nutui/nutui-react-taro'
import type { ApiError } from '../../services/api'
import './index.scss'

interface Props {
  /** The failed load, if it failed; otherwise the page is still loading. */
  error?: ApiError
  /** Loading again (after a retry): the retry button shows it. */
  loading: boolean
  onRetry: () => void
  /** Grey lines standing in for the content while it loads. */
  rows?: number
}

/** What a page shows before its data: grey lines while it loads, or why it failed and a retry. */
export default function LoadState({ error, loading, onRetry, rows = 4 }: Props) {
  if (error) {
    return (
      <View className="load-state load-state--failed" role="alert">
        <Text className="load-state__message">{error.message || '加载失败'}</Text>
        <Button id="load-retry" type="primary" size="large" block loading={loading} disabled={loading} onClick={onRetry}>
          重试
        </Button>
      </View>
    )
  }
  return (
    <View className="load-state" aria-busy="true">
      <Skeleton rows={rows} animated />
      <Text className="load-state__hint">加载中…</Text>
    </View>
  )
}
