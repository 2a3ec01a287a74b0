import Taro from '@tarojs/taro'
import { keepCurrentPageShown } from './h5-page-guard'

const aPage = (id: string) => {
  const page = document.createElement('div')
  page.className = 'taro_page taro_page_show'
  page.id = id
  document.body.appendChild(page)
  return page
}
const observed = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('keepCurrentPageShown', () => {
  it('takes Taro’s late hiding off the current page, and leaves the pages under it hidden', async () => {
    const list = aPage('/pages/stations/index?stamp=AB')
    const home = aPage('/pages/index/index?stamp=AA')
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ path: list.id }])
    keepCurrentPageShown(document.body)

    list.classList.add('taro_page_shade')
    home.classList.add('taro_page_shade')
    await observed()
    expect(list.classList.contains('taro_page_shade')).toBe(false)
    expect(home.classList.contains('taro_page_shade')).toBe(true)
  })
})
