/** The 8 digits a member reads aloud when the QR cannot be scanned. */
export const SHORT_CODE_LENGTH = 8

/** Only the digits of what was typed or pasted (spaces, dashes and other characters dropped), at most 8. */
export const shortCodeDigits = (typed: string) => typed.replace(/\D/g, '').slice(0, SHORT_CODE_LENGTH)

/** 12345678 → 1234 5678: two groups of four, as the member's page shows and reads them. */
export const groupShortCode = (digits: string) => (digits.length > 4 ? `${digits.slice(0, 4)} ${digits.slice(4)}` : digits)

/** Why the typed digits cannot be sent yet, or '' when they can. */
export const shortCodeProblem = (digits: string) =>
  digits.length === SHORT_CODE_LENGTH ? '' : `数字码为 ${SHORT_CODE_LENGTH} 位，已输入 ${digits.length} 位`
