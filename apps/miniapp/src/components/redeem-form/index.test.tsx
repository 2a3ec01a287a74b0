import { ErrorCode } from '@kgh/shared'
import { act, fireEvent, render } from '@testing-library/react'
import RedeemForm from '.'
import { api, ApiError } from '../../services/api'
import type { Schema } from '@kgh/api-client'

jest.mock('../../services/api', () => ({
  ...jest.requireActual('../../services/api'),
  api: { redeem: jest.fn() },
}))

const CODE = 'KGHR1.eyJjIjoiYzEifQ.sig'
const REDEEMED = {
  id: 'c1',
  programmeName: '免费健康体检',
  session: {
    id: 's1',
    name: '柯桥区中医医院 体检日',
    location: '体检中心',
    startsAt: '2026-12-03T00:00:00Z',
    endsAt: '2026-12-03T09:00:00Z',
  },
  status: 'redeemed',
  statusName: '已使用',
  redeemedAt: '2026-12-03T01:30:00Z',
} as Schema<'RedemptionView'>

async function submit(code: string) {
  fireEvent.input(document.querySelector('#redeem-code-input')!, { target: { value: code } })
  await act(async () => fireEvent.click(document.querySelector('#redeem-submit')!))
}
const result = () => document.querySelector('#redeem-result')

describe('RedeemForm', () => {
  it('redeems the pasted code and shows the claim', async () => {
    jest.mocked(api.redeem).mockResolvedValue(REDEEMED)
    render(<RedeemForm />)
    await submit(`  ${CODE} `)
    expect(api.redeem).toHaveBeenCalledWith(CODE)
    expect(result()?.getAttribute('data-ok')).toBe('true')
    expect(result()?.textContent).toContain('核销成功')
    expect(result()?.textContent).toContain('免费健康体检')
    expect(result()?.textContent).toContain('12月3日 09:30')
  })

  it('says 该核销码已使用 when the code was redeemed before', async () => {
    jest
      .mocked(api.redeem)
      .mockRejectedValue(new ApiError({ statusCode: 409, code: ErrorCode.AlreadyRedeemed, message: '该福利已核销，不能重复使用' }))
    render(<RedeemForm />)
    await submit(CODE)
    expect(result()?.getAttribute('data-ok')).toBe('false')
    expect(result()?.querySelector('.redeem-result__title')?.textContent).toBe('该核销码已使用')
  })

  it('says 核销码无效或已过期 for an expired or forged code, and 无权核销此项目 for another programme', async () => {
    jest
      .mocked(api.redeem)
      .mockRejectedValueOnce(
        new ApiError({ statusCode: 400, code: ErrorCode.InvalidCode, message: '核销码无效或已过期，请会员刷新二维码后重试' }),
      )
    render(<RedeemForm />)
    await submit(CODE)
    expect(result()?.querySelector('.redeem-result__title')?.textContent).toBe('核销码无效或已过期')

    jest
      .mocked(api.redeem)
      .mockRejectedValueOnce(new ApiError({ statusCode: 403, code: ErrorCode.Forbidden, message: '您不是该福利项目的服务机构，不能核销' }))
    await submit(CODE)
    expect(result()?.querySelector('.redeem-result__title')?.textContent).toBe('无权核销此项目')
  })
})
