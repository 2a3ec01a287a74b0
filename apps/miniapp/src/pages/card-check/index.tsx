import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Schema } from '@kgh/api-client'
import OutcomeCard from '../../components/outcome-card'
import CodeEntry, { type ReadCode } from '../../components/code-entry'
import StaffGate from '../../components/staff-gate'
import { carePage } from '../../components/care-page'
import { api, ApiError } from '../../services/api'
import CardCheckResult from './card-check-result'

const COPY = {
  title: '查验会员卡',
  hint: '请会员打开“我的 → 电子会员卡”，扫描卡上的二维码；核对身份证后四位与本人证件一致。',
  checking: '正在查验…',
  failed: '查验失败，请稍后再试',
  next: '查验下一位',
}

type Check = { at: 'read'; busy: boolean } | { at: 'done'; card: Schema<'CardCheckView'> } | { at: 'refused'; message: string }

/** Station hosts: scan a member's e-card QR and see whose it is and whether the membership is active. */
function CardCheck() {
  const [check, setCheck] = useState<Check>({ at: 'read', busy: false })
  const verify = async (read: ReadCode, clear: () => void) => {
    // An e-card has only its QR; the entry offers no 8 digits here.
    if (!('code' in read)) return
    setCheck({ at: 'read', busy: true })
    try {
      const card = await api.verifyCard(read.code)
      clear()
      setCheck({ at: 'done', card })
    } catch (e) {
      setCheck({ at: 'refused', message: e instanceof ApiError ? e.message : COPY.failed })
    }
  }
  return (
    <View className="page card-check">
      <Text className="page__title">{COPY.title}</Text>
      <Text className="page__hint">{COPY.hint}</Text>
      {check.at === 'done' ? (
        <>
          <CardCheckResult card={check.card} />
          <Button id="card-check-next" type="primary" block size="large" onClick={() => setCheck({ at: 'read', busy: false })}>
            {COPY.next}
          </Button>
        </>
      ) : (
        <>
          <CodeEntry
            idPrefix="card-check"
            scanLabel="扫描会员卡二维码"
            pastePlaceholder="粘贴会员卡二维码内容"
            busy={check.at === 'read' && check.busy}
            onCode={(read, clear) => void verify(read, clear)}
          />
          {check.at === 'refused' && <OutcomeCard id="card-check-refused" ok={false} title={check.message} />}
        </>
      )}
    </View>
  )
}

function CardCheckPage() {
  return <StaffGate id="card-check">{() => <CardCheck />}</StaffGate>
}

export default carePage(CardCheckPage)
