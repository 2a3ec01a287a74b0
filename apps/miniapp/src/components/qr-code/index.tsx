import { useMemo } from 'react'
import { Image } from '@tarojs/components'
import qrcode from 'qrcode-generator'

/** A QR code drawn in JS as a GIF data URL: no canvas and no network, on H5 and in WeChat alike. */
export function qrDataUrl(payload: string): string {
  const qr = qrcode(0, 'M')
  qr.addData(payload)
  qr.make()
  return qr.createDataURL(8, 2)
}

export default function QrCode({ payload, size = 200, id }: { payload: string; size?: number; id?: string }) {
  const src = useMemo(() => qrDataUrl(payload), [payload])
  return <Image id={id} className="qr-code" src={src} style={{ width: `${size}px`, height: `${size}px` }} mode="aspectFit" />
}
