import '@testing-library/jest-dom'

// Taro's and NutUI's components pass mini-program props (placeholderClass, catchMove, ariaRole)
// that React DOM warns about under jsdom; those warnings are theirs, not ours.
const LIBRARY_WARNINGS = [/does not recognize the `\w+` prop/, /Unsupported style property/, /Invalid ARIA attribute/]
const consoleError = console.error
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && LIBRARY_WARNINGS.some((re) => re.test(args[0] as string))) return
  consoleError(...args)
}
