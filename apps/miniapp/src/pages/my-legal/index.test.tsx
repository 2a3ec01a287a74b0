import { act, fireEvent, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import MyLegal from '.'
import { api, ApiError, ClientErrorCode } from '../../services/api'
import { session } from '../../services/session'
import { aLegalRequest } from '../../../test/fixtures'

jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: { submitted: 'lr-2' } }) }
})

jest.mock('../../services/api', () => ({
  ...jest.requireActual('../../services/api'),
  api: { myLegalRequests: jest.fn() },
}))

const navigateTo = jest.spyOn(Taro, 'navigateTo')
const $ = (selector: string) => document.querySelector(selector) as HTMLElement
const rows = () => Array.from(document.querySelectorAll('.legal-request'))
const shown = async () => {
  render(<MyLegal />)
  await act(async () => undefined)
}

describe('My legal requests page', () => {
  beforeEach(() => session.save({ accessToken: 'a', refreshToken: 'r' }))
  afterEach(() => session.clear())

  it('lists each request with its number, topic, status in Chinese and day, and opens it', async () => {
    jest.mocked(api.myLegalRequests).mockResolvedValue([
      aLegalRequest({
        id: 'lr-2',
        number: 'WQ20261210-0001',
        topic: 'work_injury',
        submittedAt: '2026-12-10T02:00:00Z',
        dueOn: '2026-12-13',
      }),
      aLegalRequest({ status: 'mediating', kind: 'case' }),
    ])
    await shown()
    expect(rows().map((r) => r.getAttribute('data-request'))).toEqual(['lr-2', 'lr-1'])
    expect(rows()[0]).toHaveTextContent('工伤待受理编号 WQ20261210-0001提交于 2026年12月10日')
    expect(rows()[1]).toHaveTextContent('欠薪调解中')

    fireEvent.click(rows()[1])
    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/legal-request/index?id=lr-1' })
  })

  it('says the request just sent has arrived and by when the union will call', async () => {
    jest.mocked(api.myLegalRequests).mockResolvedValue([aLegalRequest({ id: 'lr-2', number: 'WQ20261210-0001', dueOn: '2026-12-13' })])
    await shown()
    expect($('#my-legal-submitted')).toHaveTextContent('求助已提交，编号 WQ20261210-0001。柯桥街道总工会将在2026年12月13日前电话联系您')
  })

  it('shows grey lines while loading and a retry when the list fails to load', async () => {
    let fail: (e: unknown) => void = () => undefined
    jest
      .mocked(api.myLegalRequests)
      .mockReturnValueOnce(new Promise((_, reject) => (fail = reject)))
      .mockResolvedValue([aLegalRequest()])
    render(<MyLegal />)
    expect($('.load-state .nut-skeleton')).not.toBeNull()

    await act(async () => fail(new ApiError({ statusCode: 0, code: ClientErrorCode.Network, message: '网络连接失败，请稍后再试' })))
    expect($('.load-state')).toHaveTextContent('网络连接失败，请稍后再试')
    await act(async () => fireEvent.click($('#load-retry')))
    expect(rows()).toHaveLength(1)
  })

  it('asks a signed-out worker to sign in', async () => {
    session.clear()
    await shown()
    expect(api.myLegalRequests).not.toHaveBeenCalled()
    expect($('#my-legal-login')).not.toBeNull()
  })
})
