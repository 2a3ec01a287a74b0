import { isPressKey } from './tappable'

// H5: the page boxes, title bar and back button are Taro's own DOM, outside React. This makes them
// usable without a mouse and tells screen readers what they are, as each is added.
const BUTTONS: [selector: string, label: string][] = [
  ['.taro-navigation-bar-back:not([role])', '返回'],
  ['.taro-navigation-bar-home:not([role])', '回到首页'],
]

function mark(root: HTMLElement) {
  // A page box scrolls; one with no control in it could not be scrolled from a keyboard.
  root.querySelectorAll('.taro_page:not([tabindex])').forEach((page) => page.setAttribute('tabindex', '0'))
  for (const [selector, label] of BUTTONS) {
    root.querySelectorAll<HTMLElement>(selector).forEach((button) => {
      button.setAttribute('role', 'button')
      button.setAttribute('aria-label', label)
      button.setAttribute('tabindex', '0')
      button.addEventListener('keydown', (event) => {
        if (isPressKey(event.key)) button.click()
      })
    })
  }
}

export function makeTaroChromeAccessible(root: HTMLElement): void {
  new MutationObserver(() => mark(root)).observe(root, { childList: true, subtree: true })
  mark(root)
}
