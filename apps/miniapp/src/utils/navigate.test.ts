import Taro from '@tarojs/taro'
import { goBackOrHome, openPage } from './navigate'

const navigateTo = jest.spyOn(Taro, 'navigateTo')
const navigateBack = jest.spyOn(Taro, 'navigateBack')
const redirectTo = jest.spyOn(Taro, 'redirectTo')
const switchTab = jest.spyOn(Taro, 'switchTab')
const showToast = jest.spyOn(Taro, 'showToast')
const getCurrentPages = jest.spyOn(Taro, 'getCurrentPages')
const refused = () => Promise.reject(new Error('navigateTo:fail webview count limit exceed'))

beforeEach(() => Taro.clearStorageSync())

describe('openPage', () => {
  it('opens the page in place of this one when WeChat will not open another', async () => {
    navigateTo.mockImplementationOnce(refused)
    await openPage('card')
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/card/index' })
    expect(redirectTo).toHaveBeenCalledWith({ url: '/pages/card/index' })
    expect(showToast).not.toHaveBeenCalled()
  })

  it('tells the worker when the page could not be opened at all', async () => {
    navigateTo.mockImplementationOnce(refused)
    redirectTo.mockImplementationOnce(refused)
    await openPage('card')
    expect(showToast).toHaveBeenCalledWith({ title: '页面打开失败，请稍后再试', icon: 'none' })
  })

  it('shows no pop-up in 关怀模式', async () => {
    Taro.setStorageSync('kgh.careMode', true)
    navigateTo.mockImplementationOnce(refused)
    redirectTo.mockImplementationOnce(refused)
    await openPage('card')
    expect(showToast).not.toHaveBeenCalled()
  })

  it('says nothing when the page opened', async () => {
    await openPage('card')
    expect(redirectTo).not.toHaveBeenCalled()
    expect(showToast).not.toHaveBeenCalled()
  })
})

describe('goBackOrHome', () => {
  it('goes home when there is no page to go back to', async () => {
    getCurrentPages.mockReturnValueOnce([])
    await goBackOrHome()
    expect(navigateBack).not.toHaveBeenCalled()
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' })
  })

  it('goes home when going back fails', async () => {
    getCurrentPages.mockReturnValueOnce([{}, {}] as ReturnType<typeof Taro.getCurrentPages>)
    navigateBack.mockImplementationOnce(refused)
    await goBackOrHome()
    expect(switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' })
    expect(showToast).not.toHaveBeenCalled()
  })
})
