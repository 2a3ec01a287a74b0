import { Text, View } from '@tarojs/components'
import { tappable } from '../../utils/tappable'
import './index.scss'

interface Props {
  towns: readonly { code: string; name: string }[]
  selected?: string
  onPick: (code: string) => void
}

/** The 16 towns as large buttons: a worker whose location failed taps where they are. */
export default function TownPicker({ towns, selected, onPick }: Props) {
  return (
    <View id="stations-town-picker" className="town-picker" role="radiogroup" aria-label="所在镇街">
      {towns.map((t) => (
        <View
          key={t.code}
          className={`town-option ${t.code === selected ? 'town-option--on' : ''}`}
          data-town={t.code}
          {...tappable(() => onPick(t.code), { role: 'radio', checked: t.code === selected })}
        >
          <Text>{t.name}</Text>
        </View>
      ))}
    </View>
  )
}
