import Taro from '@tarojs/taro'
import { isCareMode } from '../services/care-mode'

const HOME = '/pages/index/index'
const NAVIGATION_FAILED = '页面打开失败，请稍后再试'

// A toast that cannot be shown either leaves nothing more to tell.
const tellFailed = () =>
  Taro.showToast({ title: NAVIGATION_FAILED, icon: 'none' }).then(
    () => undefined,
    () => undefined,
  )

/**
 * A navigation that failed is told, not dropped: by a toast, except in 关怀模式, which has no pop-ups
 * (there the navigations have a fallback instead: a page opened in place of this one, or home).
 */
export function navigated(navigation: Promise<unknown>): Promise<void> {
  return navigation.then(
    () => undefined,
    () => (isCareMode() ? undefined : tellFailed()),
  )
}

/** Back to where the user was, or home when the page was opened directly or going back fails. */
export function goBackOrHome(): Promise<void> {
  const home = () => Taro.switchTab({ url: HOME })
  return navigated(Taro.getCurrentPages().length > 1 ? Taro.navigateBack().catch(home) : home())
}

/** Opens a page over this one, or in its place when WeChat's stack of ten pages is full. */
export const openUrl = (url: string) => navigated(Taro.navigateTo({ url }).catch(() => Taro.redirectTo({ url })))

export const openPage = (
  page: 'login' | 'join' | 'membership-status' | 'card' | 'my-claims' | 'redeem' | 'card-check' | 'staff-login' | 'legal' | 'my-legal',
) => openUrl(`/pages/${page}/index`)
