import Taro from '@tarojs/taro'

const ACCESS = 'kgh.accessToken'
const REFRESH = 'kgh.refreshToken'

export const session = {
  accessToken: (): string => Taro.getStorageSync(ACCESS) || '',
  refreshToken: (): string => Taro.getStorageSync(REFRESH) || '',
  isSignedIn: (): boolean => Boolean(Taro.getStorageSync(ACCESS)),
  save(tokens: { accessToken: string; refreshToken: string }) {
    Taro.setStorageSync(ACCESS, tokens.accessToken)
    Taro.setStorageSync(REFRESH, tokens.refreshToken)
  },
  clear() {
    Taro.removeStorageSync(ACCESS)
    Taro.removeStorageSync(REFRESH)
  },
}
