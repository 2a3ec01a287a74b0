import { Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { openPage } from '../../utils/navigate'
import './index.scss'

/** A page that needs the worker signed in: why, and the way to the login page (which comes back here). */
export default function SignInPrompt({ id, text }: { id: string; text: string }) {
  return (
    <>
      <Text className="sign-in-prompt">{text}</Text>
      <Button id={id} type="primary" block size="large" onClick={() => openPage('login')}>
        登录
      </Button>
    </>
  )
}
