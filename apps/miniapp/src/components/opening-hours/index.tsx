import { Text, View } from '@tarojs/components'
import type { Schema } from '@kgh/api-client'
import { describeOpeningHours, formatShanghaiTime } from './format'
import './index.scss'
type Hours = Schema<'OpeningHoursView'>

/** The weekly schedule, one row per group of days, and any temporary closures, which win over it. */
export default function OpeningHours({ hours, closures = [] }: { hours: Hours; closures?: Schema<'ClosureView'>[] }) {
  return (
    <View id="station-hours" className="opening-hours">
      {describeOpeningHours(hours).map((line) => (
        <View key={line.days} className="opening-hours__row">
          <Text className="opening-hours__days">{line.days}</Text>
          <Text className="opening-hours__hours">{line.hours}</Text>
        </View>
      ))}
      {closures.map((c) => (
        <Text key={c.from} className="opening-hours__closure">
          临时停用：{formatShanghaiTime(c.from)} 至 {formatShanghaiTime(c.to)}（{c.reason}）
        </Text>
      ))}
    </View>
  )
}
