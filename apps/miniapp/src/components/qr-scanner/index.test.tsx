import { act, fireEvent, render } from '@testing-library/react'
import QrScanner from '.'

const mockDecode = jest.fn()
jest.mock('@zxing/browser', () => ({
  BrowserQRCodeReader: jest.fn().mockImplementation(() => ({ decodeFromConstraints: mockDecode })),
}))

const stop = jest.fn()
const scan = () => act(async () => fireEvent.click(document.querySelector('#redeem-scan')!))
const problem = () => document.querySelector('#redeem-scan-problem')?.textContent

function withCamera(getUserMedia: jest.Mock | undefined) {
  Object.defineProperty(navigator, 'mediaDevices', { value: getUserMedia && { getUserMedia }, configurable: true })
}

describe('QrScanner', () => {
  it('opens the back camera and hands over the first QR it reads, then turns the camera off', async () => {
    withCamera(jest.fn())
    mockDecode.mockImplementation(async (constraints, _video, callback) => {
      expect(constraints).toEqual({ video: { facingMode: 'environment' }, audio: false })
      setTimeout(() => {
        callback({ getText: () => 'KGHR1.abc.sig' }, undefined, { stop })
        callback({ getText: () => 'KGHR1.abc.sig' }, undefined, { stop })
      }, 0)
      return { stop }
    })
    const onScan = jest.fn()
    render(<QrScanner id="redeem-scan" label="扫码核销" busy={false} onScan={onScan} />)
    await scan()
    await act(async () => new Promise((resolve) => setTimeout(resolve, 1)))
    expect(onScan).toHaveBeenCalledTimes(1)
    expect(onScan).toHaveBeenCalledWith('KGHR1.abc.sig')
    expect(stop).toHaveBeenCalled()
    expect(document.querySelector('#redeem-scan')).not.toBeNull()
  })

  it('says the camera was refused and points to the digits', async () => {
    withCamera(jest.fn())
    mockDecode.mockRejectedValue(new DOMException('Permission denied', 'NotAllowedError'))
    render(<QrScanner id="redeem-scan" label="扫码核销" busy={false} onScan={jest.fn()} />)
    await scan()
    expect(problem()).toContain('摄像头权限被拒绝')
    expect(problem()).toContain('数字码')
  })

  it('says there is no camera on a device without one', async () => {
    withCamera(jest.fn())
    mockDecode.mockRejectedValue(new DOMException('Requested device not found', 'NotFoundError'))
    render(<QrScanner id="redeem-scan" label="扫码核销" busy={false} onScan={jest.fn()} />)
    await scan()
    expect(problem()).toContain('没有找到可用的摄像头')
  })

  it('says the browser cannot use a camera at all (no getUserMedia, as over plain HTTP)', async () => {
    withCamera(undefined)
    render(<QrScanner id="redeem-scan" label="扫码核销" busy={false} onScan={jest.fn()} />)
    await scan()
    expect(problem()).toContain('不能使用摄像头扫码')
    expect(mockDecode).not.toHaveBeenCalled()
  })
})
