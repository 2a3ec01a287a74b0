import { ErrorCode } from '@kgh/shared'
import { act, fireEvent, render, screen } from '@testing-library/react'
import RedemptionCode, { REFRESH_BEFORE_MS } from '.'
import { api, ApiError } from '../../services/api'
import type { Schema } from '@kgh/api-client'

jest.mock('../../services/api', () => ({
  ...jest.requireActual('../../services/api'),
  api: { redemptionCode: jest.fn(), claim: jest.fn() },
}))

const CLAIM = {
  id: 'c1',
  programmeName: '免费健康体检',
  session: {
    id: 's1',
    name: '柯桥区中医医院 体检日',
    location: '体检中心',
    startsAt: '2026-12-03T00:00:00Z',
    endsAt: '2026-12-03T09:00:00Z',
  },
  status: 'confirmed',
  statusName: '已确认',
  redeemedAt: null,
} as Schema<'ClaimView'>

let issued = 0
const advance = (ms: number) => act(async () => void (await jest.advanceTimersByTimeAsync(ms)))
const shortCode = () => document.querySelector('#redemption-short-code')?.textContent
const codeText = () => document.querySelector('#redemption-code-text')?.textContent

describe('RedemptionCode', () => {
  beforeEach(() => {
    jest.useFakeTimers()
    issued = 0
    jest.mocked(api.redemptionCode).mockImplementation(async () => ({
      code: `KGHR1.code-${++issued}.sig`,
      shortCode: `1234567${issued}`,
      expiresAt: new Date(Date.now() + 120_000).toISOString(),
    }))
    jest.mocked(api.claim).mockResolvedValue(CLAIM)
  })
  afterEach(() => jest.useRealTimers())

  it('fetches a fresh code and 8 digits a few seconds before the shown one expires', async () => {
    render(<RedemptionCode claimId="c1" />)
    await advance(0)
    expect(codeText()).toBe('KGHR1.code-1.sig')
    expect(shortCode()).toBe('1234 5671')
    expect(document.querySelector('.redemption__short')?.textContent).toContain('柜台扫码不便时，请报出数字码')
    expect(document.querySelector('#redemption-qr')).not.toBeNull()
    expect(document.querySelector('#redemption-countdown')?.textContent).toContain('120 秒')

    await advance(120_000 - REFRESH_BEFORE_MS - 1_000)
    expect(api.redemptionCode).toHaveBeenCalledTimes(1)
    expect(document.querySelector('#redemption-countdown')?.textContent).toContain('11 秒')

    await advance(1_000)
    expect(api.redemptionCode).toHaveBeenCalledTimes(2)
    expect(codeText()).toBe('KGHR1.code-2.sig')
    expect(shortCode()).toBe('1234 5672')
    expect(api.redemptionCode).toHaveBeenCalledWith('c1')
  })

  it('shows 已核销 once the provider has redeemed it, and stops refreshing the code', async () => {
    render(<RedemptionCode claimId="c1" pollMs={3_000} />)
    await advance(0)
    expect(document.querySelector('#redemption-status')?.textContent).toContain('待核销')
    expect(api.claim).toHaveBeenCalledWith('c1')

    jest.mocked(api.claim).mockResolvedValue({ ...CLAIM, status: 'redeemed', statusName: '已使用', redeemedAt: '2026-12-03T01:30:00Z' })
    await advance(3_000)
    expect(document.querySelector('#redemption-status')?.textContent).toContain('已核销')
    expect(document.querySelector('#redemption-status')?.textContent).toContain('12月3日 09:30')
    expect(document.querySelector('#redemption-qr')).toBeNull()

    await advance(600_000)
    expect(api.redemptionCode).toHaveBeenCalledTimes(1)
  })

  it('shows 已核销 when the code is asked for a claim already redeemed', async () => {
    jest
      .mocked(api.redemptionCode)
      .mockRejectedValue(new ApiError({ statusCode: 409, code: ErrorCode.AlreadyRedeemed, message: '该福利已核销' }))
    render(<RedemptionCode claimId="c1" />)
    await advance(0)
    expect(document.querySelector('#redemption-status')?.textContent).toContain('已核销')
  })
  it('shows grey lines while the first code is on its way, and the code once it comes', async () => {
    let issue: (code: Awaited<ReturnType<typeof api.redemptionCode>>) => void = () => undefined
    jest.mocked(api.redemptionCode).mockReturnValueOnce(new Promise((resolve) => (issue = resolve)))
    render(<RedemptionCode claimId="c1" />)
    await advance(0)
    expect(document.querySelector('[aria-busy="true"]')).not.toBeNull()
    expect(document.querySelector('#redemption-qr')).toBeNull()

    await act(async () =>
      issue({ code: 'KGHR1.code-9.sig', shortCode: '12345679', expiresAt: new Date(Date.now() + 120_000).toISOString() }),
    )
    expect(document.querySelector('[aria-busy="true"]')).toBeNull()
    expect(codeText()).toBe('KGHR1.code-9.sig')
  })

  it('says why no code can be given, and gives one when the member retries', async () => {
    jest
      .mocked(api.redemptionCode)
      .mockRejectedValueOnce(new ApiError({ statusCode: 409, code: ErrorCode.ClaimNotRedeemable, message: '该福利暂不能核销' }))
    render(<RedemptionCode claimId="c1" />)
    await advance(0)
    expect(screen.getByRole('alert')).toHaveTextContent('该福利暂不能核销')
    expect(document.querySelector('#redemption-qr')).toBeNull()

    await advance(60_000)
    expect(api.redemptionCode).toHaveBeenCalledTimes(1)
    fireEvent.click(screen.getByText('重试'))
    await advance(0)
    expect(api.redemptionCode).toHaveBeenCalledTimes(2)
    expect(screen.queryByRole('alert')).toBeNull()
    expect(codeText()).toBe('KGHR1.code-1.sig')
  })
})
