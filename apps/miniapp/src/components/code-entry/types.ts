export interface CodeEntryProps {
  busy: boolean
  /** A code was read; `clear` empties the entry once it has been used. */
  onCode: (code: string, clear: () => void) => void
}
