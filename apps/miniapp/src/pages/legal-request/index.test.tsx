import { act, fireEvent, render } from '@testing-library/react'
import { ErrorCode } from '@kgh/shared'
import LegalRequestPage from '.'
import { api, ApiError, ClientErrorCode } from '../../services/api'
import { session } from '../../services/session'
import { aLegalRequestDetail } from '../../../test/fixtures'

jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: { id: 'lr-1' } }) }
})

jest.mock('../../services/api', () => ({
  ...jest.requireActual('../../services/api'),
  api: { legalRequest: jest.fn(), addLegalNote: jest.fn(), withdrawLegalRequest: jest.fn() },
}))

/** The case worked to the end: registered, a mediation session, an agreement, and 3,000 yuan recovered. */
const FULFILLED = aLegalRequestDetail({
  status: 'fulfilled',
  kind: 'case',
  outcome: '经调解，配送站同意一次性支付拖欠工资3000元，已于12月20日付清。',
  amountAgreedFen: 300_000,
  amountRecoveredFen: 300_000,
  steps: [
    { id: 'st-1', at: '2026-12-03T02:00:00Z', by: 'worker', status: 'submitted', text: '您提交了求助' },
    { id: 'st-2', at: '2026-12-04T01:30:00Z', by: 'union', status: 'registered', text: '工会已立案，由王律师（公益律师团）负责' },
    { id: 'st-3', at: '2026-12-10T06:00:00Z', by: 'union', status: 'mediating', text: '现场调解：双方到场，配送站同意支付' },
    { id: 'st-4', at: '2026-12-10T07:00:00Z', by: 'union', status: 'agreed', text: '达成调解协议，约定支付3000元' },
    { id: 'st-5', at: '2026-12-20T08:15:00Z', by: 'union', status: 'fulfilled', text: '协议已履行，追回3000元' },
  ],
})

const $ = (selector: string) => document.querySelector(selector) as HTMLElement
const steps = () => Array.from(document.querySelectorAll('.legal-step'))
const shown = async () => {
  render(<LegalRequestPage />)
  await act(async () => undefined)
}

/** Only the clock is fake: the page's promises and NutUI's timers run as usual. */
const onDay = (day: string) =>
  jest.useFakeTimers({
    now: new Date(`${day}T04:00:00Z`),
    doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'queueMicrotask', 'nextTick'],
  })

describe('Legal request page', () => {
  beforeEach(() => session.save({ accessToken: 'a', refreshToken: 'r' }))
  afterEach(() => {
    session.clear()
    jest.useRealTimers()
  })

  it('shows every step in order with who took it, what it became and when, then the outcome and the amounts in yuan', async () => {
    jest.mocked(api.legalRequest).mockResolvedValue(FULFILLED)
    await shown()

    expect(api.legalRequest).toHaveBeenCalledWith('lr-1')
    expect($('#legal-status')).toHaveTextContent('已履行')
    expect(steps()).toHaveLength(5)
    expect(steps().map((s) => s.getAttribute('data-status'))).toEqual(['submitted', 'registered', 'mediating', 'agreed', 'fulfilled'])
    expect(steps()[0]).toHaveTextContent('我待受理您提交了求助2026年12月3日 10:00')
    expect(steps()[1]).toHaveTextContent('工会已立案工会已立案，由王律师（公益律师团）负责2026年12月4日 09:30')
    expect(steps()[4]).toHaveClass('legal-step--latest')
    expect($('#legal-outcome')).toHaveTextContent('经调解，配送站同意一次性支付拖欠工资3000元')
    expect($('#legal-amounts')).toHaveTextContent('诉求金额¥3,000协议金额¥3,000已追回¥3,000')
  })

  it('offers neither adding information nor withdrawing once the request is closed', async () => {
    jest.mocked(api.legalRequest).mockResolvedValue(FULFILLED)
    await shown()
    expect($('#legal-note')).toBeNull()
    expect($('#legal-withdraw')).toBeNull()
  })

  it('tells a worker still waiting when the union will call, and adds their information as a new step', async () => {
    onDay('2026-12-04')
    const waiting = aLegalRequestDetail()
    jest.mocked(api.legalRequest).mockResolvedValue(waiting)
    jest.mocked(api.addLegalNote).mockResolvedValue({
      ...waiting,
      steps: [...waiting.steps, { id: 'st-2', at: '2026-12-04T01:00:00Z', by: 'worker', status: null, text: '补充：站长电话13900001111' }],
    })
    await shown()
    expect($('#legal-status')).toHaveTextContent('待受理')
    expect($('#legal-status-hint')).toHaveTextContent('柯桥街道总工会将在2026年12月6日前电话联系您')
    expect($('#legal-outcome')).toBeNull()

    fireEvent.input($('#legal-note'), { target: { value: '  补充：站长电话13900001111 ' } })
    await act(async () => fireEvent.click($('#legal-note-submit')))

    expect(api.addLegalNote).toHaveBeenCalledWith('lr-1', '补充：站长电话13900001111')
    expect(steps()).toHaveLength(2)
    expect(steps()[1]).toHaveTextContent('补充：站长电话13900001111')
    expect($('#legal-note')).toHaveValue('')
  })

  it('makes no promise of a call once the due day has passed', async () => {
    onDay('2026-12-07')
    jest.mocked(api.legalRequest).mockResolvedValue(aLegalRequestDetail())
    await shown()
    expect($('#legal-status-hint')).toHaveTextContent('工会已收到您的求助，会尽快电话联系您')
  })

  it('refuses a one-character note without sending it', async () => {
    jest.mocked(api.legalRequest).mockResolvedValue(aLegalRequestDetail())
    await shown()
    fireEvent.input($('#legal-note'), { target: { value: '好' } })
    await act(async () => fireEvent.click($('#legal-note-submit')))
    expect(api.addLegalNote).not.toHaveBeenCalled()
    expect($('#legal-note-error')).toHaveTextContent('请至少写2个字')
  })

  it('withdraws only after the worker confirms, then shows the request withdrawn', async () => {
    jest.mocked(api.legalRequest).mockResolvedValue(aLegalRequestDetail())
    jest.mocked(api.withdrawLegalRequest).mockResolvedValue(
      aLegalRequestDetail({
        status: 'withdrawn',
        steps: [
          ...aLegalRequestDetail().steps,
          { id: 'st-2', at: '2026-12-04T01:00:00Z', by: 'worker', status: 'withdrawn', text: '您撤回了求助' },
        ],
      }),
    )
    await shown()
    await act(async () => fireEvent.click($('#legal-withdraw')))
    expect($('#legal-withdraw-confirm')).toHaveTextContent('撤回后不能恢复')
    await act(async () => fireEvent.click($('#legal-withdraw-no')))
    expect(api.withdrawLegalRequest).not.toHaveBeenCalled()
    expect($('#legal-withdraw-confirm')).toBeNull()

    await act(async () => fireEvent.click($('#legal-withdraw')))
    await act(async () => fireEvent.click($('#legal-withdraw-yes')))
    expect(api.withdrawLegalRequest).toHaveBeenCalledWith('lr-1')
    expect($('#legal-status')).toHaveTextContent('已撤回')
    expect(steps().at(-1)).toHaveTextContent('您撤回了求助')
    expect($('#legal-withdraw')).toBeNull()
  })

  it('shows why a withdrawal was refused and loads the request again', async () => {
    jest.mocked(api.legalRequest).mockResolvedValueOnce(aLegalRequestDetail()).mockResolvedValue(FULFILLED)
    jest
      .mocked(api.withdrawLegalRequest)
      .mockRejectedValue(new ApiError({ statusCode: 409, code: ErrorCode.LegalRequestClosed, message: '该求助已办结，不能撤回' }))
    await shown()
    await act(async () => fireEvent.click($('#legal-withdraw')))
    await act(async () => fireEvent.click($('#legal-withdraw-yes')))
    expect(api.legalRequest).toHaveBeenCalledTimes(2)
    expect($('#legal-status')).toHaveTextContent('已履行')
  })

  it('offers a retry when the request fails to load', async () => {
    jest
      .mocked(api.legalRequest)
      .mockRejectedValueOnce(new ApiError({ statusCode: 0, code: ClientErrorCode.Network, message: '网络连接失败，请稍后再试' }))
      .mockResolvedValue(FULFILLED)
    await shown()
    expect($('.load-state')).toHaveTextContent('网络连接失败，请稍后再试')
    await act(async () => fireEvent.click($('#load-retry')))
    expect($('#legal-status')).toHaveTextContent('已履行')
  })
})
