import QrScanner from '../qr-scanner'
import type { ScannerProps } from './types'

/** H5 (and tests): the camera through getUserMedia and a QR decoder bundled with the app. */
export default function Scanner(props: ScannerProps) {
  return <QrScanner {...props} />
}
