import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { ApiError, ClientErrorCode } from '../services/api'

interface PageData<T> {
  data?: T
  error?: ApiError
  loading: boolean
  /** Loads again now, after the user changed something; a failure leaves what is shown. */
  reload: () => void
  /** Shows what an action answered (the data as it is now) without loading again; a load still running is dropped. */
  replace: (data: T) => void
}

const asApiError = (e: unknown) =>
  e instanceof ApiError ? e : new ApiError({ statusCode: 0, code: ClientErrorCode.Unknown, message: '加载失败' })

/**
 * Loads the page's data each time the page is shown, so it is fresh after signing in or applying;
 * with `refreshEveryMs`, also again and again while the page stays shown. Only the latest
 * request's answer is applied: a slow earlier one that arrives after it is dropped.
 */
export function usePageData<T>(load: () => Promise<T>, { refreshEveryMs }: { refreshEveryMs?: number } = {}): PageData<T> {
  const [state, setState] = useState<Omit<PageData<T>, 'reload' | 'replace'>>({ loading: true })
  const [shown, setShown] = useState(false)
  const latestLoad = useRef(load)
  const latestRequest = useRef(0)
  useEffect(() => {
    latestLoad.current = load
  })

  const request = useCallback((onFailure: 'show' | 'keep') => {
    const id = ++latestRequest.current
    setState((s) => ({ ...s, loading: true }))
    latestLoad.current().then(
      (data) => {
        if (id === latestRequest.current) setState({ data, loading: false })
      },
      (e: unknown) => {
        if (id !== latestRequest.current) return
        setState(onFailure === 'show' ? { loading: false, error: asApiError(e) } : (s) => ({ ...s, loading: false }))
      },
    )
  }, [])
  const reload = useCallback(() => request('keep'), [request])
  const replace = useCallback((data: T) => {
    latestRequest.current++
    setState({ data, loading: false })
  }, [])

  useDidShow(() => {
    setShown(true)
    request('show')
  })
  useDidHide(() => setShown(false))
  useEffect(() => {
    if (!shown || !refreshEveryMs) return undefined
    const timer = setInterval(() => request('show'), refreshEveryMs)
    return () => clearInterval(timer)
  }, [shown, refreshEveryMs, request])
  return { ...state, reload, replace }
}
