import Taro from '@tarojs/taro'

const ACCESS = 'kgh.accessToken'
const REFRESH = 'kgh.refreshToken'
// The number the worker signed in with by SMS, to fill in forms that ask for a phone to call back
// (the API only ever shows it masked). Forgotten on signing out.
const PHONE = 'kgh.signInPhone'
/** The join form's answers between visits (components/join-form/draft.ts): a shared phone must not keep them. */
export const JOIN_DRAFT_KEY = 'kgh.join.draft'

export const session = {
  accessToken: (): string => Taro.getStorageSync(ACCESS) || '',
  refreshToken: (): string => Taro.getStorageSync(REFRESH) || '',
  isSignedIn: (): boolean => Boolean(Taro.getStorageSync(ACCESS)),
  signInPhone: (): string => Taro.getStorageSync(PHONE) || '',
  rememberSignInPhone: (phone: string) => Taro.setStorageSync(PHONE, phone),
  save(tokens: { accessToken: string; refreshToken: string }) {
    Taro.setStorageSync(ACCESS, tokens.accessToken)
    Taro.setStorageSync(REFRESH, tokens.refreshToken)
  },
  clear() {
    Taro.removeStorageSync(ACCESS)
    Taro.removeStorageSync(REFRESH)
    Taro.removeStorageSync(PHONE)
  },
  /** The worker's own choice, on what may be a shared phone: their unsent answers go too (an expired session keeps them). */
  signOut() {
    session.clear()
    Taro.removeStorageSync(JOIN_DRAFT_KEY)
  },
}
