import { Text, View } from '@tarojs/components'
import type { Schema } from '@kgh/api-client'
import { formatDateTime } from '../../utils/format'
import { tappable } from '../../utils/tappable'
import './index.scss'

interface Props {
  sessions: Schema<'SessionView'>[]
  selected: string | null
  /** Full batches stay choosable when the programme keeps a waitlist. */
  hasWaitlist: boolean
  onSelect: (sessionId: string) => void
  now?: Date
}

/** The batches of a programme: when, where and 剩余名额 X/Y; one is chosen before claiming. */
export default function SessionPicker({ sessions, selected, hasWaitlist, onSelect, now = new Date() }: Props) {
  if (sessions.length === 0) return <Text className="page__hint">暂无可报名的批次</Text>
  return (
    <View className="session-picker" role="radiogroup">
      {sessions.map((s) => {
        const full = s.remaining <= 0
        const notOpen = new Date(s.opensAtForMe) > now
        const started = new Date(s.startsAt) <= now
        const disabled = notOpen || started || (full && !hasWaitlist)
        const chosen = s.id === selected
        return (
          <View
            key={s.id}
            className={`session-option${chosen ? ' session-option--chosen' : ''}${disabled ? ' session-option--disabled' : ''}`}
            data-session-id={s.id}
            aria-disabled={disabled}
            {...tappable(() => !disabled && onSelect(s.id), { role: 'radio', checked: chosen })}
          >
            <View className="session-option__head">
              <Text className="session-option__name">{s.name}</Text>
              <Text className={`session-option__places${full ? ' session-option__places--full' : ''}`}>
                {full ? (hasWaitlist ? '已满 可候补' : '已满') : `剩余名额 ${s.remaining}/${s.capacity}`}
              </Text>
            </View>
            <Text className="session-option__line">时间：{formatDateTime(s.startsAt)}</Text>
            {s.location && <Text className="session-option__line">地点：{s.location}</Text>}
            {notOpen && <Text className="session-option__note">{formatDateTime(s.opensAtForMe)} 起开放报名</Text>}
            {started && <Text className="session-option__note">已开始，报名已截止</Text>}
          </View>
        )
      })}
    </View>
  )
}
