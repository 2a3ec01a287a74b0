import { Text, View } from '@tarojs/components'
import { useCareMode } from '../../hooks/use-care-mode'
import { setCareMode } from '../../services/care-mode'
import { tappable } from '../../utils/tappable'
import './index.scss'

/** 关怀模式 on or off: a whole row to tap, its state said in words as well as shown. */
export default function CareModeSwitch() {
  const on = useCareMode()
  return (
    <View
      id="care-mode-switch"
      className={`care-switch${on ? ' care-switch--on' : ''}`}
      aria-label="关怀模式：字更大，按钮更大"
      {...tappable(() => setCareMode(!on), { role: 'switch', checked: on })}
    >
      <View className="care-switch__text">
        <Text className="care-switch__title">关怀模式</Text>
        <Text className="care-switch__hint">字更大、按钮更大，看得清点得准</Text>
      </View>
      <Text className="care-switch__state">{on ? '已开启' : '已关闭'}</Text>
    </View>
  )
}
