import { act, fireEvent, render, screen } from '@testing-library/react'
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
})
