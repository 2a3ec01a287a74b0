import { render } from '@testing-library/react'
import RedemptionPreview from '.'
import { aRedemptionPreview } from './fixtures'

const text = (selector: string) => document.querySelector(selector)?.textContent

describe('RedemptionPreview', () => {
  it('shows whose claim it is: programme, batch and its date, masked name, last four ID digits, membership in words', () => {
    render(<RedemptionPreview preview={aRedemptionPreview()} />)
    const shown = text('#redeem-preview')
    expect(shown).toContain('免费健康体检')
    expect(shown).toContain('柯桥区中医医院 体检日')
    expect(text('#redeem-preview-window')).toBe('12月7日 08:00–17:00')
    expect(shown).toContain('王**')
    expect(text('#redeem-preview-id-last4')).toBe('3571')
    expect(text('#redeem-preview-membership')).toBe('有效会员')
    expect(document.querySelector('#redeem-preview-warnings')).toBeNull()
  })

  it('boxes the warnings and the refusal, with words that say so', () => {
    render(
      <RedemptionPreview
        preview={aRedemptionPreview({
          membershipActive: false,
          warnings: [{ code: 'OUTSIDE_REDEMPTION_WINDOW', message: '该批次为12月7日，今天不是批次日期' }],
          refusal: { code: 'ALREADY_REDEEMED', message: '该福利已核销' },
        })}
      />,
    )
    expect(text('#redeem-preview-membership')).toContain('会籍无效')
    expect(text('#redeem-preview-warnings')).toContain('请注意')
    expect(text('#redeem-preview-warnings')).toContain('今天不是批次日期')
    expect(text('#redeem-preview-refusal')).toContain('不能核销')
    expect(text('#redeem-preview-refusal')).toContain('该福利已核销')
  })

  it('says 未登记 for a member with no name or ID number on record', () => {
    render(<RedemptionPreview preview={aRedemptionPreview({ memberNameMasked: null, idNumberLast4: null })} />)
    expect(text('#redeem-preview-id-last4')).toBe('未登记')
  })
})
