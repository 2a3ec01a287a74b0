import { MAX_YUAN, parseYuan } from './parse-yuan'

describe('parseYuan', () => {
  it('reads whole yuan and yuan with jiao and fen as exact fen', () => {
    expect(parseYuan('3000')).toEqual({ fen: 300_000 })
    expect(parseYuan('0.1')).toEqual({ fen: 10 })
    expect(parseYuan('0.01')).toEqual({ fen: 1 })
    expect(parseYuan('19.99')).toEqual({ fen: 1999 })
    expect(parseYuan('1250.5')).toEqual({ fen: 125_050 })
    expect(parseYuan('0')).toEqual({ fen: 0 })
  })

  it('gives the fen that floating-point arithmetic gets wrong', () => {
    // 1.15 * 100 is 114.99999999999999 and 4.35 * 100 is 434.99999999999994 in floating point.
    expect(parseYuan('1.15')).toEqual({ fen: 115 })
    expect(parseYuan('4.35')).toEqual({ fen: 435 })
    expect(parseYuan('1733400.07')).toEqual({ fen: 173_340_007 })
  })

  it('refuses more than two decimals', () => {
    expect(parseYuan('12.345')).toEqual({ problem: 'too_many_decimals' })
    expect(parseYuan('0.001')).toEqual({ problem: 'too_many_decimals' })
  })

  it('accepts what a Chinese keyboard types: full-width digits, 。, commas, ¥ and 元', () => {
    expect(parseYuan('３０００')).toEqual({ fen: 300_000 })
    expect(parseYuan('12。5')).toEqual({ fen: 1250 })
    expect(parseYuan('3,000')).toEqual({ fen: 300_000 })
    expect(parseYuan(' ¥3000 ')).toEqual({ fen: 300_000 })
    expect(parseYuan('3000元')).toEqual({ fen: 300_000 })
    expect(parseYuan('007')).toEqual({ fen: 700 })
  })

  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '-5', '1e3', '12.', '.5', '1.2.3', '三千']) {
      expect(parseYuan(text)).toEqual({ problem: 'not_a_number' })
    }
  })

  it('refuses amounts above the ceiling, however many digits', () => {
    expect(parseYuan(String(MAX_YUAN))).toEqual({ fen: MAX_YUAN * 100 })
    expect(parseYuan(`${MAX_YUAN}.01`)).toEqual({ problem: 'too_large' })
    expect(parseYuan(String(MAX_YUAN + 1))).toEqual({ problem: 'too_large' })
    expect(parseYuan('9'.repeat(30))).toEqual({ problem: 'too_large' })
  })
})
