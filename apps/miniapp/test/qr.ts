import { GifReader } from 'omggif'
import jsQR from 'jsqr'

/** What a scanner reads from a QR code drawn as a GIF data URL: decodes the GIF, then the code. */
export function readQr(src: string | null | undefined): string | undefined {
  const base64 = /^data:image\/gif;base64,(.+)$/.exec(src ?? '')?.[1]
  if (!base64) throw new Error(`not a GIF data URL: ${String(src).slice(0, 40)}`)
  const gif = new GifReader(Buffer.from(base64, 'base64'))
  const pixels = new Uint8ClampedArray(gif.width * gif.height * 4)
  gif.decodeAndBlitFrameRGBA(0, pixels)
  return jsQR(pixels, gif.width, gif.height)?.data
}
