import type { KeyboardEvent } from 'react'

/** The keys that press a focused control, as they press a <button>. */
export const isPressKey = (key: string) => key === 'Enter' || key === ' '

/** A choice rather than an action: a screen reader says whether it is on. */
interface Choice {
  role: 'radio' | 'checkbox' | 'switch'
  checked: boolean
}

/**
 * Makes a View or Text a control: `<View {...tappable(open)}>`. Its role tells a screen reader what it is and,
 * on H5, it is a tab stop that Enter and Space press. Taro's View types leave out tabIndex and onKeyDown
 * (spread props are not checked); H5 renders a <div> that takes them, WeChat has no keyboard.
 */
export function tappable(onTap: () => void, choice?: Choice) {
  return {
    role: choice?.role ?? 'button',
    'aria-checked': choice?.checked,
    tabIndex: 0,
    onClick: () => onTap(),
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (!isPressKey(event.key)) return
      // Space would scroll the page as well.
      event.preventDefault()
      onTap()
    },
  }
}
