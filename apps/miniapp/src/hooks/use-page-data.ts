import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { ApiError } from '../services/api'

interface PageData<T> {
  data?: T
  error?: ApiError
  loading: boolean
}

/** Loads the page's data each time the page is shown, so it is fresh after signing in or applying. */
export function usePageData<T>(load: () => Promise<T>): PageData<T> {
  const [state, setState] = useState<PageData<T>>({ loading: true })
  useDidShow(() => {
    setState((s) => ({ ...s, loading: true }))
    load()
      .then((data) => setState({ data, loading: false }))
      .catch((e: unknown) =>
        setState({ loading: false, error: e instanceof ApiError ? e : new ApiError({ statusCode: 0, code: 'UNKNOWN', message: '加载失败' }) }),
      )
  })
  return state
}
