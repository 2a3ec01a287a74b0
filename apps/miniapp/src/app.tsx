import type { PropsWithChildren } from 'react'
import { applyCareMode, isCareMode } from './services/care-mode'
import { keepAppOnDevice } from './services/offline-shell'
import { makeTaroChromeAccessible } from './utils/h5-chrome'
import { keepCurrentPageShown } from './utils/h5-page-guard'
import './app.scss'

// Before the first page draws, so a worker in 关怀模式 never sees the small text first.
applyCareMode(isCareMode())
if (process.env.TARO_ENV === 'h5') {
  makeTaroChromeAccessible(document.body)
  keepCurrentPageShown(document.body)
}
keepAppOnDevice()

export default function App({ children }: PropsWithChildren) {
  return children
}
