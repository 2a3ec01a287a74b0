import { useState } from 'react'
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import EnterprisePicker, { SEARCH_DEBOUNCE_MS, type EnterpriseChoice } from '.'

const answer = (statusCode: number, data: unknown) => ({ statusCode, data, header: {}, errMsg: '' })
const request = jest.spyOn(Taro, 'request')
const MEITUAN = { id: 'e-1', name: '绍兴柯桥美团配送服务有限公司', brands: ['美团'], townCode: 'keqiao' }
const SF = { id: 'e-2', name: '柯桥顺丰速运有限公司', brands: ['顺丰', '丰巢'], townCode: 'keqiao' }

const field = (selector: string) => document.querySelector(selector) as HTMLElement
const type = (value: string) => fireEvent.input(field('#enterprise-search'), { target: { value } })
const results = () => Array.from(document.querySelectorAll('.enterprise-result'))
/** Lets the debounce run out and the answer come in. */
const pause = () => act(() => jest.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS))

/** The picker as the form holds it, with every choice it reports. */
function Harness({ townCode, onChange }: { townCode?: string; onChange: (v: EnterpriseChoice) => void }) {
  const [value, setValue] = useState<EnterpriseChoice>(null)
  return (
    <EnterprisePicker
      value={value}
      townCode={townCode}
      onChange={(v) => {
        setValue(v)
        onChange(v)
      }}
    />
  )
}

describe('EnterprisePicker', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('searches once the typing pauses, in the chosen town, and lists names with brands', async () => {
    request.mockResolvedValue(answer(200, { items: [MEITUAN, SF] }))
    render(<Harness townCode="keqiao" onChange={jest.fn()} />)
    fireEvent.click(field('#join-enterprise'))
    type('美')
    type('美团')
    expect(screen.getByText('搜索中…')).toBeInTheDocument()
    await pause()

    expect(request).toHaveBeenCalledTimes(1)
    expect(request.mock.calls[0][0]).toMatchObject({
      url: '/api/v1/enterprises/search?q=%E7%BE%8E%E5%9B%A2&townCode=keqiao',
      method: 'GET',
    })
    expect(results()).toHaveLength(2)
    expect(results()[1]).toHaveTextContent('柯桥顺丰速运有限公司')
    expect(results()[1]).toHaveTextContent('顺丰、丰巢')
  })

  it('leaves the town out when none is chosen yet', async () => {
    request.mockResolvedValue(answer(200, { items: [] }))
    render(<Harness onChange={jest.fn()} />)
    fireEvent.click(field('#join-enterprise'))
    type('sf')
    await pause()
    expect(request.mock.calls[0][0]).toMatchObject({ url: '/api/v1/enterprises/search?q=sf' })
  })

  it('shows the chosen enterprise with a clear button', async () => {
    request.mockResolvedValue(answer(200, { items: [MEITUAN] }))
    const onChange = jest.fn()
    render(<Harness onChange={onChange} />)
    fireEvent.click(field('#join-enterprise'))
    type('美团')
    await pause()
    fireEvent.click(results()[0])

    expect(onChange).toHaveBeenLastCalledWith({ kind: 'listed', id: 'e-1', name: MEITUAN.name })
    expect(field('#join-enterprise')).toHaveTextContent(MEITUAN.name)
    fireEvent.click(field('#join-enterprise-clear'))
    expect(onChange).toHaveBeenLastCalledWith(null)
    expect(field('#join-enterprise')).toHaveTextContent('搜索企业名称或品牌')
    expect(document.querySelector('#join-enterprise-clear')).toBeNull()
  })

  it('says nothing was found and lets the worker type the name, starting from the search', async () => {
    request.mockResolvedValue(answer(200, { items: [] }))
    const onChange = jest.fn()
    render(<Harness onChange={onChange} />)
    fireEvent.click(field('#join-enterprise'))
    type('小张物流')
    await pause()
    expect(screen.getByText('没有找到，可直接填写企业名称')).toBeInTheDocument()

    fireEvent.click(field('#enterprise-not-listed'))
    expect(onChange).toHaveBeenLastCalledWith({ kind: 'typed', name: '小张物流' })
    const name = field('#join-employer-name')
    expect(name).toHaveValue('小张物流')
    fireEvent.input(name, { target: { value: '小张物流有限公司' } })
    expect(onChange).toHaveBeenLastCalledWith({ kind: 'typed', name: '小张物流有限公司' })
  })

  it('offers a retry when the search fails', async () => {
    request.mockRejectedValueOnce(new Error('offline')).mockResolvedValue(answer(200, { items: [SF] }))
    render(<Harness onChange={jest.fn()} />)
    fireEvent.click(field('#join-enterprise'))
    type('顺丰')
    await pause()
    expect(screen.getByText('网络连接失败，请稍后再试')).toBeInTheDocument()
    expect(results()).toHaveLength(0)

    fireEvent.click(field('#enterprise-retry'))
    await pause()
    expect(request).toHaveBeenCalledTimes(2)
    expect(results()).toHaveLength(1)
  })
})
