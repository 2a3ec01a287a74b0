import { act, fireEvent, render, screen } from '@testing-library/react'
import SmsLogin from '.'
import { api } from '../../services/api'

jest.mock('../../services/api', () => ({
  ...jest.requireActual('../../services/api'),
  api: { sendSmsCode: jest.fn(), verifySmsCode: jest.fn() },
}))

const typeInto = (id: string, value: string) => {
  const input = document.querySelector(`#${id}`) as HTMLInputElement
  fireEvent.input(input, { target: { value } })
}

describe('SmsLogin', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('counts down before a code can be sent again and shows the dev code', async () => {
    jest.mocked(api.sendSmsCode).mockResolvedValue({ retryAfterSeconds: 60, devCode: '123456' })
    render(<SmsLogin onSignedIn={jest.fn()} />)
    typeInto('login-phone', '13812345678')
    await act(async () => fireEvent.click(screen.getByText('获取验证码')))

    expect(api.sendSmsCode).toHaveBeenCalledWith('13812345678')
    expect(screen.getByText('开发环境验证码：123456')).toBeInTheDocument()
    expect(screen.getByText('60秒后重发')).toBeInTheDocument()

    await act(async () => jest.advanceTimersByTime(1000))
    expect(screen.getByText('59秒后重发')).toBeInTheDocument()
    for (let i = 0; i < 59; i++) await act(async () => jest.advanceTimersByTime(1000))
    expect(screen.getByText('获取验证码')).toBeInTheDocument()
  })

  it('refuses to send a code to a number that is not a mainland mobile', async () => {
    render(<SmsLogin onSignedIn={jest.fn()} />)
    typeInto('login-phone', '12345')
    await act(async () => fireEvent.click(screen.getByText('获取验证码')))
    expect(api.sendSmsCode).not.toHaveBeenCalled()
    expect(screen.getByText('请输入11位中国大陆手机号')).toBeInTheDocument()
  })

  it('signs in with the code and tells the page', async () => {
    jest.mocked(api.verifySmsCode).mockResolvedValue({} as never)
    const onSignedIn = jest.fn()
    render(<SmsLogin onSignedIn={onSignedIn} />)
    typeInto('login-phone', '13812345678')
    typeInto('login-code', '123456')
    await act(async () => fireEvent.click(screen.getByText('登录')))
    expect(api.verifySmsCode).toHaveBeenCalledWith('13812345678', '123456')
    expect(onSignedIn).toHaveBeenCalled()
  })
})
