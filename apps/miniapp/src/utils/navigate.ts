import Taro from '@tarojs/taro'

const HOME = '/pages/index/index'
const NAVIGATION_FAILED = '页面打开失败，请稍后再试'

/** A navigation that failed (WeChat's stack of ten pages is full, say) is told, not dropped. */
export function navigated(navigation: Promise<unknown>): Promise<void> {
  return navigation.then(
    () => undefined,
    // A toast that cannot be shown either leaves nothing more to tell.
    () =>
      Taro.showToast({ title: NAVIGATION_FAILED, icon: 'none' }).then(
        () => undefined,
        () => undefined,
      ),
  )
}

/** Back to where the user was, or home when the page was opened directly or going back fails. */
export function goBackOrHome(): Promise<void> {
  const home = () => Taro.switchTab({ url: HOME })
  return navigated(Taro.getCurrentPages().length > 1 ? Taro.navigateBack().catch(home) : home())
}

export const openPage = (
  page: 'login' | 'join' | 'membership-status' | 'card' | 'my-claims' | 'redeem' | 'card-check' | 'staff-login' | 'legal' | 'my-legal',
) => navigated(Taro.navigateTo({ url: `/pages/${page}/index` }))
