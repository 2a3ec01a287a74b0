import { useState } from 'react'
import { Input, Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { STATION_REPORT_KINDS, type StationReportKind } from '@kgh/shared'
import type { Schema } from '@kgh/api-client'
import { tappable } from '../../utils/tappable'
import './index.scss'

interface Props {
  onSubmit: (report: Schema<'ReportStationDto'>) => Promise<void>
  onCancel: () => void
}

const NOTE_MAX = 500

/** 反馈问题: what went wrong (one of the API's kinds) and, for 其他, what exactly. */
export default function StationReportForm({ onSubmit, onCancel }: Props) {
  const [kind, setKind] = useState<StationReportKind | null>(null)
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const [sending, setSending] = useState(false)

  const submit = async () => {
    const trimmed = note.trim()
    if (!kind) return setError('请选择遇到的问题')
    if (kind === 'other' && !trimmed) return setError('请描述遇到的问题')
    setError('')
    setSending(true)
    try {
      await onSubmit(trimmed ? { kind, note: trimmed } : { kind })
    } finally {
      setSending(false)
    }
  }

  return (
    <View id="station-report-form" className="report-form">
      <Text className="report-form__title">这个驿站怎么了？</Text>
      {STATION_REPORT_KINDS.map((k) => (
        <View
          key={k.code}
          id={`report-kind-${k.code}`}
          className={`report-form__kind ${kind === k.code ? 'report-form__kind--on' : ''}`}
          {...tappable(() => setKind(k.code), { role: 'radio', checked: kind === k.code })}
        >
          <Text className="report-form__radio">{kind === k.code ? '●' : '○'}</Text>
          <Text>{k.name}</Text>
        </View>
      ))}
      <Input
        id="report-note"
        className="report-form__note"
        placeholder={kind === 'other' ? '请描述遇到的问题（必填）' : '补充说明（选填），如缺少哪项设施'}
        maxlength={NOTE_MAX}
        value={note}
        onInput={(e) => setNote(e.detail.value)}
      />
      {error && <Text className="form-error">{error}</Text>}
      <View className="report-form__actions">
        <Button id="report-cancel" size="large" onClick={onCancel}>
          取消
        </Button>
        <Button id="report-submit" type="primary" size="large" loading={sending} disabled={sending} onClick={submit}>
          提交反馈
        </Button>
      </View>
    </View>
  )
}
