import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { api, ApiError } from '../../services/api'

export default function WechatLogin({ onSignedIn }: { onSignedIn: () => void }) {
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const signIn = async () => {
    setBusy(true)
    setError('')
    try {
      const { code } = await Taro.login()
      await api.wechatLogin(code)
      onSignedIn()
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '微信登录失败，请重试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="wechat-login">
      <Button id="login-wechat" type="primary" block size="large" loading={busy} onClick={signIn}>
        微信一键登录
      </Button>
      {error && <Text className="form-error">{error}</Text>}
    </View>
  )
}
