// A stand-in for @tarojs/taro: in-memory storage and spies for navigation and requests.
import { useEffect, useRef } from 'react'

const storage = new Map<string, unknown>()
const done = () => Promise.resolve({ errMsg: 'ok' })

const Taro = {
  ENV_TYPE: { WEB: 'WEB', WEAPP: 'WEAPP' },
  getEnv: () => 'WEB',
  nextTick: (fn: () => void) => setTimeout(fn, 0),
  getStorageSync: (key: string) => storage.get(key) ?? '',
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  clearStorageSync: () => storage.clear(),
  request: jest.fn(),
  login: jest.fn(),
  // Taro's navigation and toasts answer a promise; these resolve as if they were done.
  navigateTo: jest.fn(done),
  navigateBack: jest.fn(done),
  redirectTo: jest.fn(done),
  switchTab: jest.fn(done),
  reLaunch: jest.fn(done),
  getCurrentPages: jest.fn(() => []),
  showToast: jest.fn(done),
  // A dialog the user confirms; a test answers `{ confirm: false }` to cancel.
  showModal: jest.fn(() => Promise.resolve({ confirm: true, cancel: false, errMsg: 'ok' })),
  pxTransform: (n: number) => `${n}px`,
}

export default Taro
export const { getEnv, nextTick, ENV_TYPE, pxTransform } = Taro

// The shown pages' latest didShow callbacks, as Taro keeps them, so a test can bring a page back.
const shownPages = new Set<{ current: () => void }>()

/** The user comes back to the mounted pages (from a page opened on top, say): each is shown again. */
export function showPagesAgain() {
  for (const page of shownPages) page.current()
}

export function useDidShow(fn: () => void) {
  const latest = useRef(fn)
  useEffect(() => {
    latest.current = fn
  })
  useEffect(() => {
    shownPages.add(latest)
    latest.current()
    return () => void shownPages.delete(latest)
  }, [])
}

// A page is hidden for good when it unmounts.
export function useDidHide(fn: () => void) {
  const latest = useRef(fn)
  useEffect(() => {
    latest.current = fn
  })
  useEffect(() => () => latest.current(), [])
}
export const useRouter = () => ({ params: {} })
