import { act, render } from '@testing-library/react'
import { usePageData } from './use-page-data'

function Probe({ load, refreshEveryMs }: { load: () => Promise<string>; refreshEveryMs?: number }) {
  const { data } = usePageData(load, { refreshEveryMs })
  return <span>{data}</span>
}

describe('usePageData', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('loads once when shown, without refreshEveryMs', async () => {
    const load = jest.fn().mockResolvedValue('card')
    render(<Probe load={load} />)
    await act(async () => jest.advanceTimersByTime(10 * 60_000))
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('loads again every refreshEveryMs while the page is shown (the card QR is re-signed)', async () => {
    const load = jest.fn().mockResolvedValue('card')
    const { unmount } = render(<Probe load={load} refreshEveryMs={4 * 60_000} />)
    await act(async () => jest.advanceTimersByTime(8 * 60_000 + 1))
    expect(load).toHaveBeenCalledTimes(3)
    unmount()
    await act(async () => jest.advanceTimersByTime(8 * 60_000))
    expect(load).toHaveBeenCalledTimes(3)
  })
})
