import ScanCodeEntry from './scan'
import TypedCodeEntry from './typed'
import './index.scss'

export type { CodeEntryProps } from './types'

/** The one place that knows how a provider reads a code: the camera on WeChat, a text box on H5. */
const CodeEntry = process.env.TARO_ENV === 'weapp' ? ScanCodeEntry : TypedCodeEntry

export default CodeEntry
