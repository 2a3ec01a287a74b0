/** Integer fen → `¥1,200` (`¥12.50` when there are fen); grouped by hand, as WeChat's JS lacks full Intl. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : ''
  const abs = Math.abs(Math.round(fen))
  const yuan = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const cents = abs % 100
  return `${sign}¥${yuan}${cents ? `.${String(cents).padStart(2, '0')}` : ''}`
}
