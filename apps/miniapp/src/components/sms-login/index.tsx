import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { MOBILE_PHONE_MESSAGE, normalizeMobilePhone } from '@kgh/shared'
import { api, ApiError } from '../../services/api'
import { useCountdown } from './use-countdown'
import './index.scss'

const RESEND_SECONDS = 60

export default function SmsLogin({ onSignedIn }: { onSignedIn: () => void }) {
  const [phone, setPhone] = useState('')
  const [code, setCode] = useState('')
  const [devCode, setDevCode] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const countdown = useCountdown()

  const send = async () => {
    const normalized = normalizeMobilePhone(phone)
    if (!normalized) return setError(MOBILE_PHONE_MESSAGE)
    setError('')
    try {
      const result = await api.sendSmsCode(normalized)
      countdown.start(result.retryAfterSeconds || RESEND_SECONDS)
      setDevCode(result.devCode ?? '')
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '验证码发送失败')
    }
  }

  const submit = async () => {
    const normalized = normalizeMobilePhone(phone)
    if (!normalized) return setError(MOBILE_PHONE_MESSAGE)
    if (!/^\d{4,8}$/.test(code)) return setError('请输入短信验证码')
    setBusy(true)
    setError('')
    try {
      await api.verifySmsCode(normalized, code)
      onSignedIn()
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '登录失败')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="sms-login">
      <View className="sms-login__row">
        <Input id="login-phone" type="tel" maxLength={11} placeholder="手机号" value={phone} onChange={setPhone} />
      </View>
      <View className="sms-login__row">
        <Input id="login-code" type="number" maxLength={6} placeholder="短信验证码" value={code} onChange={setCode} />
        <Button id="login-send" size="small" disabled={countdown.left > 0} onClick={send}>
          {countdown.left > 0 ? `${countdown.left}秒后重发` : '获取验证码'}
        </Button>
      </View>
      {devCode && <Text className="sms-login__dev-code">开发环境验证码：{devCode}</Text>}
      {error && <Text className="sms-login__error form-error">{error}</Text>}
      <Button id="login-submit" type="primary" block size="large" loading={busy} onClick={submit}>
        登录
      </Button>
    </View>
  )
}
