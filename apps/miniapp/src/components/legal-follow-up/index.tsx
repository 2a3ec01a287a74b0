import { useState } from 'react'
import Taro from '@tarojs/taro'
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
  sent: '已补充',
  withdraw: '撤回求助',
  confirmTitle: '撤回求助',
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

/** While a request is open: the worker adds what the union should know, or withdraws it (after confirming). */
export default function LegalFollowUp({ onAddNote, onWithdraw }: Props) {
  const [note, setNote] = useState('')
  const [noteMessage, setNoteMessage] = useState('')
  const [sending, setSending] = useState(false)
  const [withdrawMessage, setWithdrawMessage] = useState('')
  const [withdrawing, setWithdrawing] = useState(false)

  const changeNote = (text: string) => {
    setNote(text)
    setNoteMessage('')
  }

  const send = async () => {
    const problem = noteError(note)
    setNoteMessage(problem ?? '')
    if (problem) return
    setSending(true)
    try {
      await onAddNote(note.trim())
      setNote('')
      // The new step shows in the timeline; a toast that fails to show leaves nothing to tell.
      void Taro.showToast({ title: COPY.sent, icon: 'success' })
    } catch (e) {
      setNoteMessage(failure(e))
    } finally {
      setSending(false)
    }
  }

  const withdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: COPY.confirmTitle,
      content: COPY.confirmText,
      confirmText: COPY.confirm,
      cancelText: COPY.cancel,
    })
    if (!confirm) return
    setWithdrawing(true)
    setWithdrawMessage('')
    try {
      await onWithdraw()
    } catch (e) {
      setWithdrawMessage(failure(e))
    } finally {
      setWithdrawing(false)
    }
  }

  return (
    <View className="legal-follow-up">
      <View className="legal-follow-up__card">
        <Text className="legal-follow-up__title">{COPY.title}</Text>
        <Text className="legal-follow-up__hint">{COPY.hint}</Text>
        <TextBox id="legal-note" value={note} onChange={changeNote} placeholder={COPY.placeholder} max={NOTE_MAX} />
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
      <Button id="legal-withdraw" block size="large" loading={withdrawing} disabled={withdrawing} onClick={withdraw}>
        {COPY.withdraw}
      </Button>
    </View>
  )
}
