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

interface Props {
  payload: string
  /** What the code is for, read out by screen readers (the picture itself says nothing). */
  label: string
  size?: number
  id?: string
}

export default function QrCode({ payload, label, size = 200, id }: Props) {
  const src = useMemo(() => qrDataUrl(payload), [payload])
  // H5 renders the <img> itself and passes imgProps to it; WeChat's image takes aria-label.
  return (
    <Image
      id={id}
      className="qr-code"
      src={src}
      style={{ width: `${size}px`, height: `${size}px` }}
      mode="aspectFit"
      ariaLabel={label}
      imgProps={{ alt: label }}
    />
  )
}
