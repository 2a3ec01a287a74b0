import { act, fireEvent, render } from '@testing-library/react'
import CodeEntry from '.'
import { groupShortCode, shortCodeDigits } from './short-code'

const type = (selector: string, value: string) => fireEvent.input(document.querySelector(selector)!, { target: { value } })
const click = (selector: string) => act(async () => fireEvent.click(document.querySelector(selector)!))
const shortInput = () => document.querySelector<HTMLInputElement>('#redeem-short-code')!

function renderEntry(onCode = jest.fn()) {
  render(<CodeEntry idPrefix="redeem" scanLabel="扫码核销" pastePlaceholder="粘贴长码" shortCode busy={false} onCode={onCode} />)
  return onCode
}

describe('short codes', () => {
  it('keeps only digits, at most eight, and shows them in two groups of four', () => {
    expect(shortCodeDigits('1234-5678 9')).toBe('12345678')
    expect(groupShortCode('12345678')).toBe('1234 5678')
    expect(groupShortCode('123')).toBe('123')
  })
})

describe('CodeEntry', () => {
  it('takes the 8 digits read aloud on the digit keyboard, shown as 1234 5678', async () => {
    const onCode = renderEntry()
    expect(shortInput().getAttribute('inputmode')).toBe('numeric')
    type('#redeem-short-code', '1234 56-78')
    expect(shortInput().value).toBe('1234 5678')
    await click('#redeem-short-code-submit')
    expect(onCode).toHaveBeenCalledWith({ shortCode: '12345678' }, expect.any(Function))
  })

  it('says how many digits are missing instead of sending a short code', async () => {
    const onCode = renderEntry()
    type('#redeem-short-code', '12345')
    await click('#redeem-short-code-submit')
    expect(onCode).not.toHaveBeenCalled()
    expect(document.querySelector('#redeem-short-code-error')?.textContent).toBe('数字码为 8 位，已输入 5 位')
    expect(shortInput().getAttribute('aria-invalid')).toBe('true')
  })

  it('still takes the long code pasted from under the QR, trimmed', async () => {
    const onCode = renderEntry()
    type('#redeem-code-input', '  KGHR1.abc.sig ')
    await click('#redeem-submit')
    expect(onCode).toHaveBeenCalledWith({ code: 'KGHR1.abc.sig' }, expect.any(Function))
  })

  it('offers no digits where there are none (an e-card)', () => {
    render(<CodeEntry idPrefix="card-check" scanLabel="扫码" pastePlaceholder="粘贴" busy={false} onCode={jest.fn()} />)
    expect(document.querySelector('#card-check-short-code')).toBeNull()
    expect(document.querySelector('#card-check-scan')).not.toBeNull()
  })
})
