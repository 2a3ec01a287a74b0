import { Text, View } from '@tarojs/components'
import { AMENITIES, type Amenity } from '@kgh/shared'
import { AmenityGlyph } from '../amenity-icons'
import { tappable } from '../../utils/tappable'
import './index.scss'

export interface StationFilterValue {
  /** A station must have all of them. */
  amenities: Amenity[]
  openNow: boolean
}

interface Props {
  value: StationFilterValue
  onChange: (value: StationFilterValue) => void
}

/** Amenity chips (all must match) and 只看营业中; each tap changes the search at once. */
export default function StationFilters({ value, onChange }: Props) {
  const toggle = (code: Amenity) => {
    const amenities = value.amenities.includes(code)
      ? value.amenities.filter((a) => a !== code)
      : AMENITIES.map((a) => a.code).filter((a) => a === code || value.amenities.includes(a))
    onChange({ ...value, amenities })
  }
  return (
    <View className="station-filters">
      <View
        id="stations-open-now"
        className={`station-filter station-filter--open-now ${value.openNow ? 'station-filter--on' : ''}`}
        {...tappable(() => onChange({ ...value, openNow: !value.openNow }), { role: 'switch', checked: value.openNow })}
      >
        <Text>{value.openNow ? '✓ ' : ''}只看营业中</Text>
      </View>
      {AMENITIES.map((a) => {
        const on = value.amenities.includes(a.code)
        return (
          <View
            key={a.code}
            className={`station-filter amenity-filter ${on ? 'station-filter--on' : ''}`}
            data-amenity={a.code}
            aria-pressed={on}
            {...tappable(() => toggle(a.code))}
          >
            <AmenityGlyph amenity={a.code} />
            <Text>{a.name}</Text>
          </View>
        )
      })}
    </View>
  )
}
