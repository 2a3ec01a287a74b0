import { useState } from 'react'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import SelectField from '.'
import { setCareMode } from '../../services/care-mode'

const TOWNS = [
  { value: 'keqiao', label: '柯桥街道' },
  { value: 'keyan', label: '柯岩街道' },
  { value: 'huashe', label: '华舍街道' },
]

/** The field as a form holds it, with every choice it reports. */
function Harness({ onChange }: { onChange: (value: string) => void }) {
  const [value, setValue] = useState('')
  return (
    <SelectField
      id="join-town"
      label="主要工作镇街"
      placeholder="请选择"
      options={TOWNS}
      value={value}
      onChange={(v) => {
        setValue(v)
        onChange(v)
      }}
    />
  )
}

const option = (name: string) => screen.getByRole('radio', { name })
const chosen = () => screen.getAllByRole('radio').filter((radio) => radio.getAttribute('aria-checked') === 'true')
const pressKey = (element: HTMLElement, key: string) => fireEvent.keyDown(element, { key })

describe('SelectField', () => {
  beforeEach(() => Taro.clearStorageSync())

  it('opens a picker from its row in the standard look', async () => {
    const onChange = jest.fn()
    render(<Harness onChange={onChange} />)
    expect(screen.queryByRole('radiogroup')).toBeNull()
    fireEvent.click(screen.getByText('主要工作镇街'))
    await act(async () => fireEvent.click(screen.getAllByText('确认').at(-1)!))
    expect(onChange).toHaveBeenCalledWith('keqiao')
    expect(document.querySelector('#join-town')).toHaveTextContent('柯桥街道')
  })

  describe('in 关怀模式', () => {
    beforeEach(() => Taro.setStorageSync('kgh.careMode', true))

    it('lists the options on the page as a radio group, with no picker to open', () => {
      render(<Harness onChange={jest.fn()} />)
      const group = screen.getByRole('radiogroup', { name: '主要工作镇街' })
      expect(group).toHaveAttribute('id', 'join-town')
      expect(
        within(group)
          .getAllByRole('radio')
          .map((radio) => radio.textContent),
      ).toEqual(['柯桥街道', '柯岩街道', '华舍街道'])
      expect(chosen()).toEqual([])
      expect(screen.queryByText('确认')).toBeNull()
      expect(document.querySelector('.nut-picker')).toBeNull()
    })

    it('picks with one tap and marks the chosen option with a tick, not only a colour', () => {
      const onChange = jest.fn()
      render(<Harness onChange={onChange} />)
      fireEvent.click(option('柯岩街道'))
      expect(onChange).toHaveBeenCalledWith('keyan')
      expect(chosen()).toEqual([option('柯岩街道')])
      expect(option('柯岩街道')).toHaveTextContent('✓')
      expect(option('柯桥街道')).not.toHaveTextContent('✓')
    })

    it('is one tab stop that a keyboard moves through with the arrows and picks with Space', () => {
      const onChange = jest.fn()
      render(<Harness onChange={onChange} />)
      const tabStops = () => screen.getAllByRole('radio').filter((radio) => radio.tabIndex === 0)
      expect(tabStops()).toEqual([option('柯桥街道')])

      pressKey(option('柯桥街道'), ' ')
      expect(onChange).toHaveBeenLastCalledWith('keqiao')
      pressKey(option('柯桥街道'), 'ArrowRight')
      expect(onChange).toHaveBeenLastCalledWith('keyan')
      expect(option('柯岩街道')).toHaveFocus()
      expect(tabStops()).toEqual([option('柯岩街道')])

      pressKey(option('柯岩街道'), 'ArrowLeft')
      pressKey(option('柯桥街道'), 'ArrowLeft')
      expect(onChange).toHaveBeenLastCalledWith('huashe')
      expect(option('华舍街道')).toHaveFocus()
    })
  })

  it('turns to the options on the page when 关怀模式 is switched on elsewhere', () => {
    render(<Harness onChange={jest.fn()} />)
    expect(screen.queryByRole('radiogroup')).toBeNull()
    act(() => setCareMode(true))
    expect(screen.getByRole('radiogroup', { name: '主要工作镇街' })).toBeInTheDocument()
  })
})
