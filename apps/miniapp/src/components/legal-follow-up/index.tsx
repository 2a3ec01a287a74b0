import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ApiError } from '../../services/api'
import TextBox, { textLength } from '../text-box'
import './index.scss'

export const NOTE_MIN = 2
export const NOTE_MAX = 500

const COPY = {
  title: '补充情况',
  hint: '有新的情况或证据（如工资条、聊天记录、对方新的说法），写在这里告诉工会',
  placeholder: '请写下需要补充的情况',
  tooShort: `请至少写${NOTE_MIN}个字`,
  tooLong: (n: number) => `补充内容不能超过${NOTE_MAX}个字，现在是${n}个字`,
  send: '提交补充',
  sent: '已补充，工会会看到您写的情况',
  withdraw: '撤回求助',
  confirmText: '撤回后工会将不再处理本次求助，撤回后不能恢复。确定撤回吗？',
  confirm: '确定撤回',
  cancel: '再想想',
  failed: '提交失败，请稍后再试',
}

interface Props {
  onAddNote: (text: string) => Promise<void>
  onWithdraw: () => Promise<void>
}

const failure = (e: unknown) => (e instanceof ApiError ? e.message : COPY.failed)

function noteError(text: string): string | undefined {
  const length = textLength(text)
  if (length < NOTE_MIN) return COPY.tooShort
  return length > NOTE_MAX ? COPY.tooLong(length) : undefined
}

/** While a request is open: the worker adds what the union should know, or withdraws it (after confirming on the page). */
export default function LegalFollowUp({ onAddNote, onWithdraw }: Props) {
  const [note, setNote] = useState('')
  const [noteMessage, setNoteMessage] = useState('')
  const [sending, setSending] = useState(false)
  const [sent, setSent] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [withdrawMessage, setWithdrawMessage] = useState('')
  const [withdrawing, setWithdrawing] = useState(false)

  const changeNote = (text: string) => {
    setNote(text)
    setNoteMessage('')
    setSent(false)
  }

  const send = async () => {
    const problem = noteError(note)
    setNoteMessage(problem ?? '')
    if (problem) return
    setSending(true)
    try {
      await onAddNote(note.trim())
      setNote('')
      setSent(true)
    } catch (e) {
      setNoteMessage(failure(e))
    } finally {
      setSending(false)
    }
  }

  const withdraw = async () => {
    setWithdrawing(true)
    setWithdrawMessage('')
    try {
      await onWithdraw()
    } catch (e) {
      setWithdrawMessage(failure(e))
    } finally {
      setWithdrawing(false)
      setConfirming(false)
    }
  }

  return (
    <View className="legal-follow-up">
      <View className="legal-follow-up__card">
        <Text className="legal-follow-up__title">{COPY.title}</Text>
        <Text className="legal-follow-up__hint">{COPY.hint}</Text>
        <TextBox id="legal-note" value={note} onChange={changeNote} placeholder={COPY.placeholder} max={NOTE_MAX} />
        {sent && (
          <Text id="legal-note-sent" className="legal-follow-up__sent">
            {COPY.sent}
          </Text>
        )}
        {noteMessage && (
          <Text id="legal-note-error" className="form-error legal-follow-up__error">
            {noteMessage}
          </Text>
        )}
        <Button id="legal-note-submit" type="primary" block size="large" loading={sending} disabled={sending} onClick={send}>
          {COPY.send}
        </Button>
      </View>
      {withdrawMessage && (
        <Text id="legal-withdraw-error" className="form-error legal-follow-up__error">
          {withdrawMessage}
        </Text>
      )}
      {/* Asked on the page, not in a pop-up: 关怀模式 has none, and the question stays beside its answer. */}
      {confirming ? (
        <View
          id="legal-withdraw-confirm"
          className="legal-follow-up__card legal-follow-up__confirm"
          role="alertdialog"
          aria-label={COPY.withdraw}
        >
          <Text className="legal-follow-up__hint">{COPY.confirmText}</Text>
          <Button id="legal-withdraw-yes" type="primary" block size="large" loading={withdrawing} disabled={withdrawing} onClick={withdraw}>
            {COPY.confirm}
          </Button>
          <Button id="legal-withdraw-no" block size="large" disabled={withdrawing} onClick={() => setConfirming(false)}>
            {COPY.cancel}
          </Button>
        </View>
      ) : (
        <Button id="legal-withdraw" block size="large" onClick={() => setConfirming(true)}>
          {COPY.withdraw}
        </Button>
      )}
    </View>
  )
}
