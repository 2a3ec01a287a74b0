import { Text } from '@tarojs/components'
import type { LegalStatus } from '@kgh/shared'
import { LEGAL_STATUS_NAMES } from './names'
import './index.scss'

export { LEGAL_PARTY_NAMES, LEGAL_STATUS_HINTS, LEGAL_STATUS_NAMES, LEGAL_TOPIC_NAMES, isOpenLegalStatus } from './names'

type Tone = 'waiting' | 'working' | 'done' | 'ended'
const TONES: Record<LegalStatus, Tone> = {
  submitted: 'waiting',
  registered: 'working',
  mediating: 'working',
  agreed: 'working',
  failed: 'working',
  answered: 'done',
  fulfilled: 'done',
  referred: 'ended',
  declined: 'ended',
  withdrawn: 'ended',
}

/** A request's status in Chinese, coloured by whether the union is still working on it. */
export default function LegalStatusBadge({ status, id }: { status: LegalStatus; id?: string }) {
  return (
    <Text id={id} className={`legal-status legal-status--${TONES[status]}`} data-status={status}>
      {LEGAL_STATUS_NAMES[status]}
    </Text>
  )
}
