import { fireEvent, render, screen } from '@testing-library/react'
import { View } from '@tarojs/components'
import { tappable } from './tappable'

describe('tappable', () => {
  it('is a button in the tab order that a tap, Enter or Space presses', () => {
    const onTap = jest.fn()
    render(<View {...tappable(onTap)}>打开</View>)
    const button = screen.getByRole('button', { name: '打开' })
    expect(button).toHaveAttribute('tabindex', '0')
    expect(button).not.toHaveAttribute('aria-checked')

    fireEvent.click(button)
    fireEvent.keyDown(button, { key: 'Enter' })
    expect(fireEvent.keyDown(button, { key: ' ' })).toBe(false)
    expect(onTap).toHaveBeenCalledTimes(3)
  })

  it('ignores other keys', () => {
    const onTap = jest.fn()
    render(<View {...tappable(onTap)}>打开</View>)
    fireEvent.keyDown(screen.getByRole('button'), { key: 'a' })
    expect(onTap).not.toHaveBeenCalled()
  })

  it('says whether a choice is on', () => {
    render(<View {...tappable(jest.fn(), { role: 'radio', checked: true })}>柯桥街道</View>)
    expect(screen.getByRole('radio', { name: '柯桥街道' })).toHaveAttribute('aria-checked', 'true')
  })
})
