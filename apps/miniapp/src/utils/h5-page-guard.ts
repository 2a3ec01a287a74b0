import Taro from '@tarojs/taro'

const HIDDEN = 'taro_page_shade'

/**
 * H5: Taro hides the page under a new one on a timer after the slide; a back taken before it fires has
 * the timer hide the page just returned to, and the rider sees a blank tab. The page Taro says is
 * current is never left hidden.
 */
export function keepCurrentPageShown(root: HTMLElement): void {
  new MutationObserver((changes) => {
    const pages = Taro.getCurrentPages()
    const current = (pages[pages.length - 1] as { path?: string } | undefined)?.path
    for (const { target } of changes) {
      if (target instanceof HTMLElement && target.id === current && target.classList.contains(HIDDEN)) target.classList.remove(HIDDEN)
    }
  }).observe(root, { attributes: true, attributeFilter: ['class'], subtree: true })
}
