import { act, fireEvent, render } from '@testing-library/react'
import { usePageData } from './use-page-data'

/** A load whose answers the test gives, one by one and in any order. */
function deferredLoads() {
  const answers: ((value: string) => void)[] = []
  const load = jest.fn(() => new Promise<string>((resolve) => answers.push(resolve)))
  return { load, answer: (call: number, value: string) => act(async () => answers[call](value)) }
}

function Probe({ load, refreshEveryMs }: { load: () => Promise<string>; refreshEveryMs?: number }) {
  const { data, error, reload } = usePageData(load, { refreshEveryMs })
  return (
    <span onClick={reload}>
      {data}
      {error?.message}
    </span>
  )
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

  it("keeps the later request's answer when an earlier, slower one arrives after it", async () => {
    const { load, answer } = deferredLoads()
    const { container } = render(<Probe load={load} refreshEveryMs={60_000} />)
    await act(async () => jest.advanceTimersByTime(60_000))
    expect(load).toHaveBeenCalledTimes(2)

    await answer(1, 'second')
    expect(container.textContent).toBe('second')
    await answer(0, 'first')
    expect(container.textContent).toBe('second')
  })

  it("shows an action's answer and drops the load that was running when it came", async () => {
    const { load, answer } = deferredLoads()
    function Replacing() {
      const { data, replace } = usePageData(load)
      return <span onClick={() => replace('withdrawn')}>{data}</span>
    }
    const { container } = render(<Replacing />)
    await act(async () => fireEvent.click(container.querySelector('span')!))
    expect(container.textContent).toBe('withdrawn')
    await answer(0, 'submitted')
    expect(container.textContent).toBe('withdrawn')
  })

  it('keeps what is shown when a reload fails', async () => {
    const load = jest.fn().mockResolvedValueOnce('card').mockRejectedValueOnce(new Error('offline'))
    const { container } = render(<Probe load={load} />)
    await act(async () => undefined)
    await act(async () => fireEvent.click(container.querySelector('span')!))
    expect(load).toHaveBeenCalledTimes(2)
    expect(container.textContent).toBe('card')
  })
})
