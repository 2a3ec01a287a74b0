import { Text, View } from '@tarojs/components'
import './index.scss'

export default function ComingSoon({ title, description }: { title: string; description: string }) {
  return (
    <View className="coming-soon">
      <Text className="coming-soon__title">{title}</Text>
      <Text className="coming-soon__badge">即将上线</Text>
      <Text className="coming-soon__description">{description}</Text>
    </View>
  )
}
