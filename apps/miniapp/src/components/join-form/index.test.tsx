import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ID_NUMBER_PROBLEM_MESSAGES, ErrorCode } from '@kgh/shared'
import JoinForm from '.'
import { draftForCorrection, joinDraft } from './draft'
import { DRAFT_SAVE_DELAY_MS } from './use-join-draft'
import { ApiError } from '../../services/api'
import { session } from '../../services/session'

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
  beforeEach(() => {
    joinDraft.clear()
    Taro.clearStorageSync()
  })

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

describe('JoinForm draft', () => {
  beforeEach(() => {
    joinDraft.clear()
    Taro.clearStorageSync()
  })
  const stored = () => JSON.stringify(Taro.getStorageSync('kgh.join.draft'))

  it('saves what is typed once the typing pauses, but never the ID number', async () => {
    render(<JoinForm towns={TOWNS} onSubmit={jest.fn()} />)
    type('join-name', '张三')
    type('join-id-number', VALID_ID)
    await pick('主要工作镇街')
    await act(() => new Promise((resolve) => setTimeout(resolve, DRAFT_SAVE_DELAY_MS + 50)))
    expect(joinDraft.load()?.values).toMatchObject({ name: '张三', townCode: 'keqiao' })
    expect(stored()).not.toContain(VALID_ID)
  })

  it('fills the form again from the draft when it opens again, and asks for the ID number once the page was reloaded', async () => {
    const { unmount } = render(<JoinForm towns={TOWNS} onSubmit={jest.fn()} />)
    type('join-name', '张三')
    type('join-phone', '13812345678')
    type('join-id-number', VALID_ID)
    unmount()

    // Back and forward inside the app: the ID number is still in memory.
    const again = render(<JoinForm towns={TOWNS} onSubmit={jest.fn()} />)
    expect(field('join-name').value).toBe('张三')
    expect(field('join-id-number').value).toBe(VALID_ID)
    again.unmount()

    // A reload forgets memory: only the stored draft comes back.
    joinDraft.save({ ...joinDraft.load()!.values, idNumber: '' }, null)
    render(<JoinForm towns={TOWNS} onSubmit={jest.fn()} />)
    expect(field('join-name').value).toBe('张三')
    expect(field('join-phone').value).toBe('13812345678')
    expect(field('join-id-number').value).toBe('')
    expect(screen.getByText('身份证号不保存在本机，请重新输入')).toBeInTheDocument()
  })

  it('clears the draft after a successful submission', async () => {
    const onSubmit = jest.fn().mockResolvedValue({ id: 'app-1' })
    render(<JoinForm towns={TOWNS} onSubmit={onSubmit} />)
    await fillIn()
    await act(async () => fireEvent.click(submitButton()))
    expect(onSubmit).toHaveBeenCalled()
    expect(joinDraft.load()).toBeNull()
    expect(joinDraft.idNumber()).toBe('')
  })

  it('empties the form and the draft on 清空 once asked again', async () => {
    render(<JoinForm towns={TOWNS} onSubmit={jest.fn()} />)
    type('join-name', '张三')
    fireEvent.click(field('join-clear'))
    expect(field('join-name').value).toBe('张三')
    fireEvent.click(field('join-clear-yes'))
    expect(field('join-name').value).toBe('')
    expect(joinDraft.load()).toBeNull()
  })

  const ANSWERS = {
    name: '张三',
    idNumberMasked: '**************002X',
    phone: '13812345678',
    occupation: 'courier' as const,
    employer: 'meituan' as const,
    employerName: null,
    enterprise: { id: 'ent-1', name: '美团柯桥站' },
    townCode: 'keqiao' as const,
    rejectFields: [],
  }

  it('corrects a rejected application from its answers on record, keeping the ID number the reason does not name', async () => {
    const onSubmit = jest.fn().mockResolvedValue({ id: 'app-2' })
    draftForCorrection('app-1', '手机号不是本人的，请填写本人手机号', ANSWERS)
    render(<JoinForm towns={TOWNS} onSubmit={onSubmit} />)
    expect(document.querySelector('#join-review')).toHaveTextContent('上次申请未通过：手机号不是本人的')
    expect(field('join-name').value).toBe('张三')
    expect(field('join-phone').value).toBe('')
    expect(document.querySelector('.form-error-phone')).toHaveTextContent('审核意见提到此项')
    expect(field('join-id-kept')).toHaveTextContent('沿用上次申请的身份证号 **************002X')
    expect(field('join-id-number')).toBeNull()
    expect(screen.getByText('美团柯桥站')).toBeInTheDocument()

    type('join-phone', '13900001111')
    consent()
    await act(async () => fireEvent.click(submitButton()))
    const { idNumber: _idNumber, ...withoutId } = REQUIRED_ANSWERS
    expect(onSubmit).toHaveBeenCalledWith({ ...withoutId, phone: '13900001111', enterpriseId: 'ent-1', correctsApplicationId: 'app-1' })
    expect(joinDraft.load()).toBeNull()
  })

  it('empties the answers staff sent back rather than those the reason happens to name', () => {
    draftForCorrection('app-1', '手机号与身份证登记的不一致', { ...ANSWERS, rejectFields: ['townCode'] })
    render(<JoinForm towns={TOWNS} onSubmit={jest.fn()} />)
    expect(field('join-phone').value).toBe('13812345678')
    expect(field('join-id-kept')).toHaveTextContent('**************002X')
    expect(document.querySelector('.form-error-townCode')).toHaveTextContent('审核意见提到此项')
  })

  it('asks for the ID number again when the reason names it, or when the worker wants to change it', async () => {
    draftForCorrection('app-1', '姓名与身份证不一致', ANSWERS)
    const { unmount } = render(<JoinForm towns={TOWNS} onSubmit={jest.fn()} />)
    expect(field('join-id-kept')).toBeNull()
    expect(field('join-id-number').value).toBe('')
    expect(field('join-name').value).toBe('')
    unmount()

    const onSubmit = jest.fn().mockResolvedValue({ id: 'app-2' })
    draftForCorrection('app-1', '工作单位填写有误', ANSWERS)
    render(<JoinForm towns={TOWNS} onSubmit={onSubmit} />)
    fireEvent.click(field('join-id-retype'))
    expect(field('join-id-number').value).toBe('')
    await pick('工作单位/平台')
    consent()
    await act(async () => fireEvent.click(submitButton()))
    expect(onSubmit).not.toHaveBeenCalled()
    expect(document.querySelector('.form-error-idNumber')).toHaveTextContent('请输入身份证号')
    type('join-id-number', VALID_ID)
    await act(async () => fireEvent.click(submitButton()))
    expect(onSubmit).toHaveBeenCalledWith({ ...REQUIRED_ANSWERS, correctsApplicationId: 'app-1' })
  })

  it('forgets the draft and the ID number in memory when the worker signs out', () => {
    const { unmount } = render(<JoinForm towns={TOWNS} onSubmit={jest.fn()} />)
    type('join-name', '张三')
    type('join-id-number', VALID_ID)
    unmount()
    expect(joinDraft.load()).not.toBeNull()
    session.signOut()
    render(<JoinForm towns={TOWNS} onSubmit={jest.fn()} />)
    expect(field('join-name').value).toBe('')
    expect(field('join-id-number').value).toBe('')
  })
})
