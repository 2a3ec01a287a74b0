import { View } from '@tarojs/components'
import Scanner from './scanner'
import ShortCodeField from './short-code-field'
import PastedCodeField from './pasted-code-field'
import type { CodeEntryProps } from './types'
import './index.scss'

export type { CodeEntryProps, ReadCode } from './types'

/**
 * The one place that knows how a provider reads a code. Taro resolves `./scanner` to
 * `scanner.weapp.tsx` (WeChat's native scanCode) in the WeChat build and to `scanner.tsx` (the camera
 * in the browser) otherwise; the 8 digits read aloud and the pasted long code work on both.
 */
export default function CodeEntry({ busy, onCode, idPrefix, scanLabel, pastePlaceholder, shortCode = false }: CodeEntryProps) {
  return (
    <View className="code-entry">
      <Scanner id={`${idPrefix}-scan`} label={scanLabel} busy={busy} onScan={(code) => onCode({ code }, () => undefined)} />
      {shortCode && (
        <ShortCodeField id={`${idPrefix}-short-code`} busy={busy} onShortCode={(digits, clear) => onCode({ shortCode: digits }, clear)} />
      )}
      <PastedCodeField
        id={`${idPrefix}-code-input`}
        submitId={`${idPrefix}-submit`}
        busy={busy}
        placeholder={pastePlaceholder}
        onCode={(code, clear) => onCode({ code }, clear)}
      />
    </View>
  )
}
