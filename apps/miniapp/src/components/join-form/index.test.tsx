import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ID_NUMBER_PROBLEM_MESSAGES, ErrorCode } from '@kgh/shared'
import JoinForm from '.'
import { ApiError } from '../../services/api'

const TOWNS = [{ code: 'keqiao' as const, name: '柯桥街道', orgId: 'org-1' }]
const VALID_ID = '11010519491231002X'
const WRONG_CHECK_ID = '110105194912310021'

const field = (id: string) => document.querySelector(`#${id}`) as HTMLInputElement
const type = (id: string, value: string) => fireEvent.input(field(id), { target: { value } })
const submitButton = () => document.querySelector('#join-submit') as HTMLButtonElement
const pick = async (label: string) => {
  fireEvent.click(screen.getByText(label))
  await act(async () => fireEvent.click(screen.getAllByText('确认').at(-1)!))
}
const consent = () => fireEvent.click(screen.getByText(/我已阅读并同意/))
/** Everything required, filled in correctly and agreed to. */
const fillIn = async () => {
  type('join-name', '张三')
  type('join-id-number', VALID_ID)
  type('join-phone', '13812345678')
  await pick('职业')
  await pick('工作单位/平台')
  await pick('主要工作镇街')
  consent()
}
const REQUIRED_ANSWERS = {
  name: '张三',
  idNumber: VALID_ID,
  phone: '13812345678',
  occupation: 'courier',
  employer: 'meituan',
  townCode: 'keqiao',
  consentVersion: '2026-11',
}
const request = jest.spyOn(Taro, 'request')
/** The census search's answer. */
const found = (items: unknown[]) => ({ statusCode: 200, data: { items }, header: {}, errMsg: '' })
const searchFor = (q: string) => {
  fireEvent.click(field('join-enterprise'))
  fireEvent.input(field('enterprise-search'), { target: { value: q } })
}

describe('JoinForm', () => {
  it('shows the check-character message under the ID field when it loses focus', () => {
    render(<JoinForm towns={TOWNS} onSubmit={jest.fn()} />)
    type('join-id-number', WRONG_CHECK_ID)
    fireEvent.blur(field('join-id-number'))
    expect(document.querySelector('.form-error-idNumber')).toHaveTextContent(ID_NUMBER_PROBLEM_MESSAGES.check_character)
  })

  it('keeps submit disabled until the privacy notice is accepted', () => {
    render(<JoinForm towns={TOWNS} onSubmit={jest.fn()} />)
    expect(submitButton()).toHaveClass('nut-button-disabled')
    consent()
    expect(submitButton()).not.toHaveClass('nut-button-disabled')
  })

  it('does not send a form whose ID number is wrong, and says why', async () => {
    const onSubmit = jest.fn()
    render(<JoinForm towns={TOWNS} onSubmit={onSubmit} />)
    type('join-name', '张三')
    type('join-id-number', WRONG_CHECK_ID)
    type('join-phone', '13812345678')
    consent()
    await act(async () => fireEvent.click(submitButton()))
    expect(onSubmit).not.toHaveBeenCalled()
    expect(document.querySelector('.form-error-idNumber')).toHaveTextContent(ID_NUMBER_PROBLEM_MESSAGES.check_character)
    expect(document.querySelector('.form-error-occupation')).toHaveTextContent('请选择职业')
  })

  it('shows the server message and field details it returns', async () => {
    const onSubmit = jest.fn().mockRejectedValue(
      new ApiError({
        statusCode: 400,
        code: ErrorCode.ValidationFailed,
        message: '提交的信息有误',
        details: [{ field: 'name', message: '姓名过长' }],
      }),
    )
    render(<JoinForm towns={TOWNS} onSubmit={onSubmit} />)
    type('join-name', '张三')
    type('join-id-number', VALID_ID)
    type('join-phone', '138 1234 5678')
    await pick('职业')
    await pick('工作单位/平台')
    await pick('主要工作镇街')
    consent()
    await act(async () => fireEvent.click(submitButton()))

    expect(onSubmit).toHaveBeenCalledWith({
      name: '张三',
      idNumber: VALID_ID,
      phone: '13812345678',
      occupation: 'courier',
      employer: 'meituan',
      townCode: 'keqiao',
      consentVersion: '2026-11',
    })
    expect(screen.getByText('提交的信息有误')).toBeInTheDocument()
    expect(document.querySelector('.form-error-name')).toHaveTextContent('姓名过长')
  })

  it('sends the enterprise chosen from the census search of the chosen town', async () => {
    request.mockResolvedValue(found([{ id: 'e-1', name: '柯桥美团配送站', brands: ['美团'], townCode: 'keqiao' }]))
    const onSubmit = jest.fn().mockResolvedValue(undefined)
    render(<JoinForm towns={TOWNS} onSubmit={onSubmit} />)
    await fillIn()
    searchFor('美团')
    await waitFor(() => expect(document.querySelectorAll('.enterprise-result')).toHaveLength(1))
    expect(request.mock.calls[0][0]).toMatchObject({ url: expect.stringContaining('townCode=keqiao') })
    fireEvent.click(document.querySelector('.enterprise-result')!)
    await act(async () => fireEvent.click(submitButton()))

    expect(onSubmit).toHaveBeenCalledWith({ ...REQUIRED_ANSWERS, enterpriseId: 'e-1' })
  })

  it('sends the typed name of an enterprise that is not listed, and refuses one over 60 characters', async () => {
    request.mockResolvedValue(found([]))
    const onSubmit = jest.fn().mockResolvedValue(undefined)
    render(<JoinForm towns={TOWNS} onSubmit={onSubmit} />)
    await fillIn()
    searchFor('小张物流')
    await screen.findByText('没有找到，可直接填写企业名称')
    fireEvent.click(field('enterprise-not-listed'))
    fireEvent.input(field('join-employer-name'), { target: { value: '柯'.repeat(61) } })
    await act(async () => fireEvent.click(submitButton()))
    expect(onSubmit).not.toHaveBeenCalled()
    expect(document.querySelector('.form-error-employerName')).toHaveTextContent('企业名称不能超过60个字')

    fireEvent.input(field('join-employer-name'), { target: { value: ' 小张物流有限公司 ' } })
    expect(document.querySelector('.form-error-employerName')).toBeNull()
    await act(async () => fireEvent.click(submitButton()))
    expect(onSubmit).toHaveBeenCalledWith({ ...REQUIRED_ANSWERS, employerName: '小张物流有限公司' })
  })

  it('sends neither when the enterprise is left out', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined)
    render(<JoinForm towns={TOWNS} onSubmit={onSubmit} />)
    await fillIn()
    await act(async () => fireEvent.click(submitButton()))
    expect(onSubmit).toHaveBeenCalledWith(REQUIRED_ANSWERS)
  })
})
