import { ErrorCode } from '@kgh/shared'
import { act, fireEvent, render } from '@testing-library/react'
import RedeemForm from '.'
import { api, ApiError } from '../../services/api'
import type { Schema } from '@kgh/api-client'
import { aRedemptionPreview } from '../redemption-preview/fixtures'

jest.mock('../../services/api', () => ({
  ...jest.requireActual('../../services/api'),
  api: { redeem: jest.fn(), redemptionPreview: jest.fn() },
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
  memberNumber: 'KQ2026000001',
  memberNameMasked: '王**',
} as Schema<'RedemptionView'>
const OUTSIDE = { code: 'OUTSIDE_REDEMPTION_WINDOW', message: '该批次为12月7日，今天不在批次日期内' }

const click = (selector: string) => act(async () => fireEvent.click(document.querySelector(selector)!))
const text = (selector: string) => document.querySelector(selector)?.textContent ?? ''
const result = () => document.querySelector('#redeem-result')

async function enterDigits(digits: string) {
  fireEvent.input(document.querySelector('#redeem-short-code')!, { target: { value: digits } })
  await click('#redeem-short-code-submit')
}

async function paste(code: string) {
  fireEvent.input(document.querySelector('#redeem-code-input')!, { target: { value: code } })
  await click('#redeem-submit')
}

describe('RedeemForm', () => {
  it('shows whose claim the 8 digits are, with the warning, and redeems them on 确认核销', async () => {
    jest.mocked(api.redemptionPreview).mockResolvedValue(aRedemptionPreview({ warnings: [OUTSIDE] }))
    jest.mocked(api.redeem).mockResolvedValue(REDEEMED)
    render(<RedeemForm />)
    await enterDigits('12345678')
    expect(api.redemptionPreview).toHaveBeenCalledWith({ shortCode: '12345678' })
    expect(api.redeem).not.toHaveBeenCalled()
    expect(text('#redeem-preview-id-last4')).toBe('3571')
    expect(text('#redeem-preview-warnings')).toContain('今天不在批次日期内')
    expect(document.querySelector('#redeem-short-code')).toBeNull()

    await click('#redeem-confirm')
    expect(api.redeem).toHaveBeenCalledWith({ shortCode: '12345678' })
    expect(result()?.getAttribute('data-ok')).toBe('true')
    expect(text('#redeem-result')).toContain('核销成功')
    expect(text('#redeem-result')).toContain('免费健康体检')
    expect(text('#redeem-result')).toContain('柯桥区中医医院 体检日')
    expect(text('#redeem-result')).toContain('身份证后四位 3571')
    expect(text('#redeem-result')).toContain('12月3日 09:30')

    await click('#redeem-next')
    expect(document.querySelector('#redeem-short-code')).not.toBeNull()
  })

  it('keeps 确认核销 disabled and says why when the preview is a refusal', async () => {
    jest
      .mocked(api.redemptionPreview)
      .mockResolvedValue(aRedemptionPreview({ refusal: { code: 'OUTSIDE_REDEMPTION_WINDOW', message: '该项目只能在批次当天核销' } }))
    render(<RedeemForm />)
    await paste(`  ${CODE} `)
    expect(api.redemptionPreview).toHaveBeenCalledWith({ code: CODE })
    expect(text('#redeem-preview-refusal')).toContain('该项目只能在批次当天核销')
    expect(document.querySelector('#redeem-confirm')).toHaveClass('nut-button-disabled')

    await click('#redeem-cancel')
    expect(document.querySelector('#redeem-preview')).toBeNull()
    expect(document.querySelector('#redeem-code-input')).not.toBeNull()
  })

  it('says 数字码无效或已过期 for digits that name no claim, with no retry', async () => {
    jest
      .mocked(api.redemptionPreview)
      .mockRejectedValue(new ApiError({ statusCode: 400, code: ErrorCode.InvalidCode, message: '核销码无效或已过期' }))
    render(<RedeemForm />)
    await enterDigits('12345678')
    expect(result()?.getAttribute('data-ok')).toBe('false')
    expect(text('.outcome-card__title')).toContain('数字码无效或已过期')
    expect(document.querySelector('#redeem-retry')).toBeNull()
  })

  it('says 该核销码已使用 when the code was redeemed before, and 无权核销此项目 for another programme', async () => {
    jest
      .mocked(api.redemptionPreview)
      .mockRejectedValueOnce(new ApiError({ statusCode: 409, code: ErrorCode.AlreadyRedeemed, message: '该福利已核销，不能重复使用' }))
      .mockRejectedValueOnce(new ApiError({ statusCode: 403, code: ErrorCode.Forbidden, message: '您不是该福利项目的服务机构，不能核销' }))
    render(<RedeemForm />)
    await paste(CODE)
    expect(text('.outcome-card__title')).toContain('该核销码已使用')
    await paste(CODE)
    expect(text('.outcome-card__title')).toContain('无权核销此项目')
    expect(text('.redeem-result__hint')).toBe('您不是该福利项目的服务机构，不能核销')
  })

  it('names the wait when too many codes were tried, and retries the same code', async () => {
    jest
      .mocked(api.redemptionPreview)
      .mockRejectedValueOnce(new ApiError({ statusCode: 429, code: ErrorCode.TooManyRequests, message: '尝试次数过多，请 5 分钟后再试' }))
      .mockResolvedValueOnce(aRedemptionPreview())
    render(<RedeemForm />)
    await enterDigits('12345678')
    expect(text('#redeem-result')).toContain('请 5 分钟后再试')
    await click('#redeem-retry')
    expect(api.redemptionPreview).toHaveBeenLastCalledWith({ shortCode: '12345678' })
    expect(document.querySelector('#redeem-preview')).not.toBeNull()
  })

  it('offers a retry of 确认核销 when the network failed', async () => {
    jest.mocked(api.redemptionPreview).mockResolvedValue(aRedemptionPreview())
    jest
      .mocked(api.redeem)
      .mockRejectedValueOnce(new ApiError({ statusCode: 0, code: 'NETWORK_ERROR', message: '网络连接失败，请稍后再试' }))
      .mockResolvedValueOnce(REDEEMED)
    render(<RedeemForm />)
    await paste(CODE)
    await click('#redeem-confirm')
    expect(text('#redeem-result')).toContain('网络连接失败')
    await click('#redeem-retry')
    expect(api.redeem).toHaveBeenCalledTimes(2)
    expect(result()?.getAttribute('data-ok')).toBe('true')
  })
})
