import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import CareModeSwitch from '.'
import { isCareMode, rootFontSize } from '../../services/care-mode'

describe('CareModeSwitch', () => {
  beforeEach(() => Taro.clearStorageSync())

  it('switches care mode on and off, says so in words and remembers it', () => {
    render(<CareModeSwitch />)
    const toggle = screen.getByRole('switch')
    expect(toggle).toHaveAttribute('aria-checked', 'false')
    expect(screen.getByText('已关闭')).toBeInTheDocument()

    fireEvent.click(toggle)
    expect(toggle).toHaveAttribute('aria-checked', 'true')
    expect(screen.getByText('已开启')).toBeInTheDocument()
    expect(isCareMode()).toBe(true)

    fireEvent.click(toggle)
    expect(isCareMode()).toBe(false)
  })

  it('shows the remembered choice when a page opens', () => {
    Taro.setStorageSync('kgh.careMode', true)
    render(<CareModeSwitch />)
    expect(screen.getByRole('switch')).toHaveAttribute('aria-checked', 'true')
  })
})

describe('rootFontSize', () => {
  it('scales the 20 px root for care mode and for a larger WeChat font setting, never below standard', () => {
    expect(rootFontSize(false)).toBe('20px')
    expect(rootFontSize(true)).toBe('27.5px')
    expect(rootFontSize(false, 20.4)).toBe('24px')
    expect(rootFontSize(false, 14)).toBe('20px')
  })
})
