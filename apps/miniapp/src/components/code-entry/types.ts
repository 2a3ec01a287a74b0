/** What was read off the member's phone: the QR's long code (scanned or pasted), or the 8 digits read aloud. */
export type ReadCode = { code: string } | { shortCode: string }

export interface CodeEntryProps {
  busy: boolean
  /** A code was read; `clear` empties the entry once it has been used. */
  onCode: (read: ReadCode, clear: () => void) => void
  /** Prefix of the entry's element ids (`redeem` → `#redeem-code-input`, `#redeem-short-code`). */
  idPrefix: string
  /** The scan button's label, e.g. 扫码核销. */
  scanLabel: string
  /** The long code's placeholder, e.g. 粘贴会员出示的核销码. */
  pastePlaceholder: string
  /** Offer the 8-digit code a member reads aloud (redemption; an e-card has none). */
  shortCode?: boolean
}

/** How a scanner hands back what it read. */
export interface ScannerProps {
  id: string
  label: string
  busy: boolean
  onScan: (text: string) => void
}
