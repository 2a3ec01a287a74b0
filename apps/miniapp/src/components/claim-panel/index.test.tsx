import { ErrorCode } from '@kgh/shared'
import { act, fireEvent, render, screen } from '@testing-library/react'
import ClaimPanel from '.'
import { api, ApiError, ClientErrorCode } from '../../services/api'
import type { Schema } from '@kgh/api-client'
import { aCheckupProgramme, aCheckupSession } from '../../../test/fixtures'

jest.mock('../../services/api', () => ({
  ...jest.requireActual('../../services/api'),
  api: { claimBenefit: jest.fn() },
}))

const PROGRAMME: Schema<'ProgrammeDetailView'> = {
  ...aCheckupProgramme({ id: 'p1', description: '' }),
  sessions: [aCheckupSession('s1'), aCheckupSession('s2')],
}

const CONFIRMED = { id: 'c1', status: 'confirmed', statusName: '已确认' } as Schema<'ClaimView'>
const networkError = () => new ApiError({ statusCode: 0, code: ClientErrorCode.Network, message: '网络连接失败，请稍后再试' })
const serverError = () => new ApiError({ statusCode: 503, code: ClientErrorCode.Unknown, message: '请求失败（503）' })
const keysSent = () => jest.mocked(api.claimBenefit).mock.calls.map((call) => call[2])

const renderPanel = () => render(<ClaimPanel programme={PROGRAMME} retryDelaysMs={[0, 0]} onShowCode={jest.fn()} onMyClaims={jest.fn()} />)
// Clicks, then lets the zero-delay retries and their promises run out.
const click = (selector: string) =>
  act(async () => {
    fireEvent.click(document.querySelector(selector)!)
    await new Promise((resolve) => setTimeout(resolve, 20))
  })

/** Asks to claim the chosen batch and confirms it in the panel that names it. */
const claimAndConfirm = async () => {
  await click('#programme-claim')
  await click('#claim-confirm')
}

describe('ClaimPanel', () => {
  beforeEach(() => jest.mocked(api.claimBenefit).mockReset())

  it('retries an unanswered claim with the same Idempotency-Key and shows 已确认', async () => {
    jest
      .mocked(api.claimBenefit)
      .mockRejectedValueOnce(networkError())
      .mockRejectedValueOnce(serverError())
      .mockResolvedValueOnce(CONFIRMED)
    renderPanel()
    await click('.session-option[data-session-id="s1"]')
    await claimAndConfirm()

    expect(api.claimBenefit).toHaveBeenCalledTimes(3)
    expect(api.claimBenefit).toHaveBeenCalledWith('p1', 's1', expect.any(String))
    const [first, ...rest] = keysSent()
    expect(first).toMatch(/^[0-9a-f-]{36}$/)
    expect(rest).toEqual([first, first])
    expect(document.querySelector('#claim-result')?.textContent).toContain('已确认')
  })

  it('keeps the key when the worker retries by hand after the automatic retries ran out', async () => {
    jest.mocked(api.claimBenefit).mockRejectedValue(networkError())
    renderPanel()
    await click('.session-option[data-session-id="s1"]')
    await claimAndConfirm()
    expect(screen.getByText('网络不稳定，暂未收到申领结果')).toBeInTheDocument()
    expect(screen.getByText('重试申领')).toBeInTheDocument()

    jest.mocked(api.claimBenefit).mockReset().mockResolvedValue(CONFIRMED)
    await click('#programme-claim')
    expect(new Set([...keysSent()]).size).toBe(1)
    expect(document.querySelector('#claim-result')?.textContent).toContain('已确认')
  })

  it('uses a new key for a new attempt after a refusal, and shows the API message', async () => {
    jest
      .mocked(api.claimBenefit)
      .mockRejectedValueOnce(new ApiError({ statusCode: 409, code: ErrorCode.QuotaExhausted, message: '名额已满' }))
      .mockResolvedValueOnce(CONFIRMED)
    renderPanel()
    await click('.session-option[data-session-id="s1"]')
    await claimAndConfirm()
    expect(document.querySelector('#claim-result')?.textContent).toContain('名额已满')

    await click('.session-option[data-session-id="s2"]')
    await claimAndConfirm()
    const [first, second] = keysSent()
    expect(second).not.toBe(first)
    expect(jest.mocked(api.claimBenefit).mock.calls[1][1]).toBe('s2')
  })

  it('uses a new key when the worker switches to another batch after an unanswered attempt', async () => {
    jest
      .mocked(api.claimBenefit)
      .mockRejectedValueOnce(networkError())
      .mockRejectedValueOnce(networkError())
      .mockRejectedValueOnce(networkError())
    renderPanel()
    await click('.session-option[data-session-id="s1"]')
    await claimAndConfirm()
    jest.mocked(api.claimBenefit).mockResolvedValue(CONFIRMED)
    await click('.session-option[data-session-id="s2"]')
    await claimAndConfirm()
    const keys = keysSent()
    expect(keys[3]).not.toBe(keys[0])
  })

  it('lists each NOT_ELIGIBLE reason the API gives', async () => {
    jest.mocked(api.claimBenefit).mockRejectedValue(
      new ApiError({
        statusCode: 403,
        code: ErrorCode.NotEligible,
        message: '仅限快递员申领；入会满 30 天后可申领',
        details: [
          { reason: 'OCCUPATION_NOT_COVERED', message: '仅限快递员申领' },
          { reason: 'MEMBERSHIP_TOO_RECENT', message: '入会满 30 天后可申领' },
        ] as never,
      }),
    )
    renderPanel()
    await click('.session-option[data-session-id="s1"]')
    await claimAndConfirm()
    expect(Array.from(document.querySelectorAll('.claim-result__line')).map((l) => l.textContent)).toEqual([
      '仅限快递员申领',
      '入会满 30 天后可申领',
    ])
  })

  it('shows 候补中 for a waitlisted claim and 待审核 for one that needs review', async () => {
    jest.mocked(api.claimBenefit).mockResolvedValue({ ...CONFIRMED, status: 'waitlisted', statusName: '候补中', waitlistPosition: 3 })
    renderPanel()
    await click('.session-option[data-session-id="s1"]')
    await claimAndConfirm()
    expect(document.querySelector('#claim-result .claim-result__title')?.textContent).toBe('候补第3位')
    expect(document.querySelector('#claim-result-show-code')).toBeNull()
  })

  it('names the programme, the batch and its date before sending, and sends nothing on 返回', async () => {
    jest.mocked(api.claimBenefit).mockResolvedValue(CONFIRMED)
    renderPanel()
    await click('.session-option[data-session-id="s1"]')
    await click('#programme-claim')
    expect(api.claimBenefit).not.toHaveBeenCalled()
    expect(document.querySelector('#claim-confirm-programme')).toHaveTextContent('免费健康体检')
    expect(document.querySelector('#claim-confirm-batch')).toHaveTextContent('体检日 s1')
    expect(document.querySelector('#claim-confirm-date')).toHaveTextContent('1月1日 08:00–17:00')

    await click('#claim-back')
    expect(document.querySelector('#claim-confirm-panel')).toBeNull()
    expect(api.claimBenefit).not.toHaveBeenCalled()
    await claimAndConfirm()
    expect(api.claimBenefit).toHaveBeenCalledTimes(1)
  })

  it('names the batch on the success card and links to the claim', async () => {
    const session = {
      id: 's1',
      name: '体检日 s1',
      location: '柯桥区中医医院体检中心',
      startsAt: '2099-01-01T00:00:00Z',
      endsAt: '2099-01-01T09:00:00Z',
    }
    jest.mocked(api.claimBenefit).mockResolvedValue({ ...CONFIRMED, programmeName: '免费健康体检', sessionId: 's1', session })
    const onShowCode = jest.fn()
    render(<ClaimPanel programme={PROGRAMME} retryDelaysMs={[0, 0]} onShowCode={onShowCode} onMyClaims={jest.fn()} />)
    await click('.session-option[data-session-id="s1"]')
    await claimAndConfirm()
    expect(document.querySelector('#claim-result-batch')).toHaveTextContent('批次：体检日 s1 · 1月1日 08:00–17:00 · 柯桥区中医医院体检中心')
    await click('#claim-result-show-code')
    expect(onShowCode).toHaveBeenCalledWith('c1')
  })

  it('says 已申领 with a link to the claim when the once-a-year programme was claimed before', async () => {
    const claimed = { ...PROGRAMME, eligibility: { eligible: false, reasons: ['ALREADY_CLAIMED' as const], messages: ['本年度已申领过'] } }
    const onMyClaims = jest.fn()
    render(
      <ClaimPanel
        programme={claimed}
        existingClaim={{ ...CONFIRMED, programmeName: '免费健康体检' }}
        onShowCode={jest.fn()}
        onMyClaims={onMyClaims}
      />,
    )
    expect(document.querySelector('#claim-existing .claim-result__title')).toHaveTextContent('已申领（已确认）')
    expect(document.querySelector('#programme-claim')).toBeNull()
    await click('#claim-existing-my-claims')
    expect(onMyClaims).toHaveBeenCalled()
  })
})
