/** A running camera that decodes QR codes; `stop` turns the camera off. */
export interface RunningCamera {
  stop: () => void
}

export const cameraSupported = () => typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function'

/**
 * Opens the back camera into `video` and calls `onText` once with the first QR it reads. The decoder
 * (ZXing, plain JavaScript: no wasm, nothing fetched) is its own chunk, loaded the first time the camera is opened.
 */
export async function startCamera(video: HTMLVideoElement, onText: (text: string) => void): Promise<RunningCamera> {
  const { BrowserQRCodeReader } = await import(/* webpackChunkName: "qr-decoder" */ '@zxing/browser')
  const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 })
  let read = false
  const controls = await reader.decodeFromConstraints(
    { video: { facingMode: 'environment' }, audio: false },
    video,
    (result, _error, running) => {
      if (!result || read) return
      read = true
      running.stop()
      onText(result.getText())
    },
  )
  return { stop: () => controls.stop() }
}

const REFUSED = ['NotAllowedError', 'SecurityError', 'PermissionDeniedError']
const ABSENT = ['NotFoundError', 'OverconstrainedError', 'DevicesNotFoundError']

/** Why the camera did not open, in words for the person at the counter, always pointing to the digits. */
export function cameraProblem(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : ''
  if (REFUSED.includes(name)) return '摄像头权限被拒绝：请在浏览器设置中允许使用摄像头，或改为输入会员报出的数字码。'
  if (ABSENT.includes(name)) return '没有找到可用的摄像头，请改为输入会员报出的数字码。'
  if (name === 'NotReadableError') return '摄像头正被其他应用占用，请关闭后重试，或输入会员报出的数字码。'
  return '摄像头打开失败，请重试，或输入会员报出的数字码。'
}
