import { act, fireEvent, render, screen } from '@testing-library/react'
import { ErrorCode } from '@kgh/shared'
import LegalForm from '.'
import { ApiError } from '../../services/api'

const TOWNS = [{ code: 'keqiao' as const, name: '柯桥街道', orgId: 'org-1' }]
const field = (id: string) => document.querySelector(`#${id}`) as HTMLInputElement
const type = (id: string, value: string) => fireEvent.input(field(id), { target: { value } })
const choose = (group: string, code: string) => fireEvent.click(document.querySelector(`#${group} [data-value="${code}"]`)!)
const errorOf = (name: string) => document.querySelector(`.form-error-${name}`)
const submit = () => act(async () => fireEvent.click(field('legal-submit')))
const pickTown = async () => {
  fireEvent.click(field('legal-town'))
  await act(async () => fireEvent.click(screen.getAllByText('确认').at(-1)!))
}

/** Everything required, as a rider owed wages by the delivery partner would fill it in. */
async function fillIn() {
  choose('legal-topic', 'unpaid_wages')
  choose('legal-against', 'partner')
  type('legal-description', '配送站拖欠我两个月工资，站长一直拖着不给。')
  type('legal-phone', '13812345678')
  await pickTown()
}
const REQUIRED_ANSWERS = {
  topic: 'unpaid_wages',
  against: 'partner',
  description: '配送站拖欠我两个月工资，站长一直拖着不给。',
  workersAffected: 1,
  phone: '13812345678',
  townCode: 'keqiao',
}

function renderForm(onSubmit = jest.fn().mockResolvedValue(undefined), phone?: string) {
  render(<LegalForm towns={TOWNS} phone={phone} onSubmit={onSubmit} />)
  return onSubmit
}

describe('LegalForm', () => {
  it('sends nothing when required answers are missing, and says under each what to do', async () => {
    const onSubmit = renderForm()
    type('legal-workers', '')
    await submit()
    expect(onSubmit).not.toHaveBeenCalled()
    expect(errorOf('topic')).toHaveTextContent('请选择遇到的问题')
    expect(errorOf('against')).toHaveTextContent('请选择对方是谁')
    expect(errorOf('description')).toHaveTextContent('请简单说说发生了什么')
    expect(errorOf('workersAffected')).toHaveTextContent('涉及人数请填1到10000之间的整数')
    expect(errorOf('phone')).toHaveTextContent('请输入联系电话')
    expect(errorOf('townCode')).toHaveTextContent('请选择您所在的镇街')
    expect(errorOf('amount')).toBeNull()
    expect(field('legal-form-error')).toHaveTextContent('还有6处需要填写或修改')
  })

  it('sends the answers with one worker affected and no amount when those are left as they are', async () => {
    const onSubmit = renderForm()
    await fillIn()
    await submit()
    expect(onSubmit).toHaveBeenCalledWith(REQUIRED_ANSWERS)
  })

  it.each([
    ['0.1', 10],
    ['3000', 300_000],
    ['1.15', 115],
    ['１２５０。５', 125_050],
  ])('sends the amount %s yuan as %d fen', async (typed, fen) => {
    const onSubmit = renderForm()
    await fillIn()
    type('legal-amount', typed)
    await submit()
    expect(onSubmit).toHaveBeenCalledWith({ ...REQUIRED_ANSWERS, amountClaimedFen: fen })
  })

  it.each([
    ['12.345', '金额最多保留两位小数'],
    ['三千', '请输入金额数字'],
    ['-5', '请输入金额数字'],
    ['100000000', '金额过大'],
  ])('refuses the amount %s and says why by the field', async (typed, message) => {
    const onSubmit = renderForm()
    await fillIn()
    type('legal-amount', typed)
    fireEvent.blur(field('legal-amount'))
    expect(errorOf('amount')).toHaveTextContent(message)
    await submit()
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('counts the description as it is typed and refuses one over 1000 characters', async () => {
    const onSubmit = renderForm()
    await fillIn()
    type('legal-description', '欠'.repeat(1001))
    expect(field('legal-description-count')).toHaveTextContent('1001/1000')
    await submit()
    expect(onSubmit).not.toHaveBeenCalled()
    expect(errorOf('description')).toHaveTextContent('情况说明不能超过1000个字，现在是1001个字')

    type('legal-description', '欠'.repeat(1000))
    expect(field('legal-description-count')).toHaveTextContent('1000/1000')
    expect(errorOf('description')).toBeNull()
    await submit()
    expect(onSubmit).toHaveBeenCalledWith({ ...REQUIRED_ANSWERS, description: '欠'.repeat(1000) })
  })

  it('refuses a description under 5 characters, a wrong phone and 0 workers when they lose focus', () => {
    renderForm()
    type('legal-description', '欠薪')
    fireEvent.blur(field('legal-description'))
    type('legal-phone', '1381234')
    fireEvent.blur(field('legal-phone'))
    type('legal-workers', '0')
    fireEvent.blur(field('legal-workers'))
    expect(errorOf('description')).toHaveTextContent('请至少写5个字')
    expect(errorOf('phone')).toHaveTextContent('请输入11位中国大陆手机号')
    expect(errorOf('workersAffected')).toHaveTextContent('涉及人数请填1到10000之间的整数')
  })

  it('fills in the phone it is given, and sends the name of the other side trimmed', async () => {
    const onSubmit = renderForm(undefined, '13900001111')
    expect(field('legal-phone')).toHaveValue('13900001111')
    choose('legal-topic', 'work_injury')
    choose('legal-against', 'platform')
    type('legal-against-name', ' 某某外卖平台 ')
    type('legal-description', '送餐途中摔伤，站点不给报工伤。')
    type('legal-workers', '3')
    await pickTown()
    await submit()
    expect(onSubmit).toHaveBeenCalledWith({
      topic: 'work_injury',
      against: 'platform',
      againstName: '某某外卖平台',
      description: '送餐途中摔伤，站点不给报工伤。',
      workersAffected: 3,
      phone: '13900001111',
      townCode: 'keqiao',
    })
  })

  it('shows the API message and each detail by the field it names', async () => {
    const onSubmit = jest.fn().mockRejectedValue(
      new ApiError({
        statusCode: 400,
        code: ErrorCode.ValidationFailed,
        message: '提交的信息有误',
        details: [
          { field: 'amountClaimedFen', message: '金额应为以分计的整数' },
          { field: 'againstName', message: '对方名称过长' },
        ],
      }),
    )
    renderForm(onSubmit)
    await fillIn()
    type('legal-amount', '3000')
    await submit()
    expect(field('legal-form-error')).toHaveTextContent('提交的信息有误')
    expect(errorOf('amount')).toHaveTextContent('金额应为以分计的整数')
    expect(errorOf('againstName')).toHaveTextContent('对方名称过长')
    expect(field('legal-submit')).not.toHaveClass('nut-button-disabled')
  })
})
