import Taro from '@tarojs/taro'

/** Back to where the user was, or home when the page was opened directly. */
export function goBackOrHome() {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack()
  else Taro.switchTab({ url: '/pages/index/index' })
}

export const openPage = (page: 'login' | 'join' | 'membership-status' | 'card' | 'my-claims' | 'redeem' | 'staff-login') =>
  Taro.navigateTo({ url: `/pages/${page}/index` })
