/** Why a typed amount was refused. */
export type YuanProblem = 'not_a_number' | 'too_many_decimals' | 'too_large'

export const YUAN_PROBLEM_MESSAGES: Record<YuanProblem, string> = {
  not_a_number: '请输入金额数字，如 3000 或 1250.50',
  too_many_decimals: '金额最多保留两位小数（到分）',
  too_large: '金额过大，请核对后再填',
}

/** Ten million yuan: far above any worker's claim, and well inside the API's integer column. */
export const MAX_YUAN = 10_000_000

const FULL_WIDTH_DIGIT = /[０-９]/g

/**
 * A typed amount in yuan → whole fen, read from the decimal text itself (never through a float, so
 * "0.1" is 10 fen and "19.99" is 1999). Chinese keyboards' full-width digits and "。" are accepted,
 * as are thousands commas, a leading ¥ and a trailing 元; more than two decimals is refused.
 */
export function parseYuan(text: string): { fen: number } | { problem: YuanProblem } {
  const plain = text
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[。．]/g, '.')
    .replace(/[\s,，]/g, '')
    .replace(/^[¥￥]/, '')
    .replace(/元$/, '')
  const match = /^(\d+)(?:\.(\d+))?$/.exec(plain)
  if (!match) return { problem: 'not_a_number' }
  const [, whole, decimals = ''] = match
  if (decimals.length > 2) return { problem: 'too_many_decimals' }
  const yuan = whole.replace(/^0+(?=\d)/, '')
  // Compared as text first: a long string of digits is too large before Number could round it.
  if (yuan.length > String(MAX_YUAN).length || Number(yuan) > MAX_YUAN) return { problem: 'too_large' }
  const fen = Number(yuan) * 100 + Number(decimals.padEnd(2, '0'))
  return fen > MAX_YUAN * 100 ? { problem: 'too_large' } : { fen }
}
