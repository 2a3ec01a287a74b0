import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { api, ApiError } from '../../services/api'
import type { Schema } from '@kgh/api-client'
import '../sms-login/index.scss'

/** Username and password for union staff and service providers (hospitals, stations). */
export default function StaffLogin({ onSignedIn }: { onSignedIn: (user: Schema<'UserView'>) => void }) {
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    if (!username.trim() || !password) return setError('请输入账号和密码')
    setBusy(true)
    setError('')
    try {
      const { user } = await api.staffLogin(username.trim(), password)
      onSignedIn(user)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '登录失败')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="sms-login staff-login">
      <View className="sms-login__row">
        <Input id="staff-login-username" placeholder="账号" value={username} onChange={setUsername} />
      </View>
      <View className="sms-login__row">
        <Input id="staff-login-password" type="password" placeholder="密码" value={password} onChange={setPassword} />
      </View>
      {error && <Text className="form-error">{error}</Text>}
      <Button id="staff-login-submit" type="primary" block size="large" loading={busy} onClick={submit}>
        登录
      </Button>
    </View>
  )
}
