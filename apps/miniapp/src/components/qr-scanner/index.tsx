import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ScannerProps } from '../code-entry/types'
import { cameraProblem, cameraSupported, startCamera, type RunningCamera } from './camera'
import './index.scss'

const COPY = {
  unsupported: '此浏览器不能使用摄像头扫码（需 HTTPS 或更新的浏览器），请输入会员报出的数字码。',
  aim: '将会员的二维码放入框内，识别后自动查询',
  close: '关闭摄像头',
}

type CameraState = 'off' | 'starting' | 'on'

/** H5: the browser's camera through getUserMedia, decoding the QR in the page; a refusal says so and points to the digits. */
export default function QrScanner({ id, label, busy, onScan }: ScannerProps) {
  const video = useRef<HTMLVideoElement>(null)
  const camera = useRef<RunningCamera | null>(null)
  const latestOnScan = useRef(onScan)
  const [state, setState] = useState<CameraState>('off')
  const [problem, setProblem] = useState('')
  useEffect(() => {
    latestOnScan.current = onScan
  })
  // Leaving the page turns the camera off.
  useEffect(() => () => camera.current?.stop(), [])

  const stop = () => {
    camera.current?.stop()
    camera.current = null
    setState('off')
  }
  const start = async () => {
    setProblem('')
    if (!cameraSupported() || !video.current) return setProblem(COPY.unsupported)
    setState('starting')
    try {
      camera.current = await startCamera(video.current, (text) => {
        camera.current = null
        setState('off')
        latestOnScan.current(text)
      })
      setState('on')
    } catch (e) {
      setState('off')
      setProblem(cameraProblem(e))
    }
  }

  return (
    <View className="qr-scanner">
      <View className={`qr-scanner__view${state === 'off' ? ' qr-scanner__view--off' : ''}`}>
        <video ref={video} className="qr-scanner__video" muted playsInline aria-label="摄像头画面" />
        <Text className="qr-scanner__aim">{COPY.aim}</Text>
      </View>
      {state === 'off' ? (
        <Button id={id} type="primary" block size="large" loading={busy} disabled={busy} onClick={start}>
          {label}
        </Button>
      ) : (
        <Button id={`${id}-close`} type="default" block size="large" loading={state === 'starting'} onClick={stop}>
          {COPY.close}
        </Button>
      )}
      {problem && (
        <View id={`${id}-problem`} className="qr-scanner__problem" role="alert">
          {problem}
        </View>
      )}
    </View>
  )
}
