import { useEffect, useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { ApiError, ClientErrorCode } from '../services/api'

interface PageData<T> {
  data?: T
  error?: ApiError
  loading: boolean
}

/**
 * Loads the page's data each time the page is shown, so it is fresh after signing in or applying;
 * with `refreshEveryMs`, also again and again while the page stays shown.
 */
export function usePageData<T>(load: () => Promise<T>, { refreshEveryMs }: { refreshEveryMs?: number } = {}): PageData<T> {
  const [state, setState] = useState<PageData<T>>({ loading: true })
  const [shown, setShown] = useState(false)
  const reload = () => {
    setState((s) => ({ ...s, loading: true }))
    load()
      .then((data) => setState({ data, loading: false }))
      .catch((e: unknown) =>
        setState({ loading: false, error: e instanceof ApiError ? e : new ApiError({ statusCode: 0, code: ClientErrorCode.Unknown, message: '加载失败' }) }),
      )
  }
  useDidShow(() => {
    setShown(true)
    reload()
  })
  useDidHide(() => setShown(false))
  useEffect(() => {
    if (!shown || !refreshEveryMs) return undefined
    const timer = setInterval(reload, refreshEveryMs)
    return () => clearInterval(timer)
  }, [shown, refreshEveryMs])
  return state
}
