import { Text, View } from '@tarojs/components'
import { AMENITIES, type Amenity } from '@kgh/shared'
import './index.scss'

// One character per amenity in a coloured badge: readable at a glance and needs no emoji font.
export const AMENITY_GLYPHS: Record<Amenity, { glyph: string; colour: string }> = {
  water: { glyph: '水', colour: '#1e88e5' },
  charging: { glyph: '电', colour: '#43a047' },
  microwave: { glyph: '热', colour: '#fb8c00' },
  toilet: { glyph: '厕', colour: '#8e24aa' },
  seating: { glyph: '座', colour: '#6d4c41' },
  air_conditioning: { glyph: '凉', colour: '#00acc1' },
  first_aid: { glyph: '药', colour: '#e53935' },
  cold_drinks: { glyph: '冰', colour: '#3949ab' },
}

export function AmenityGlyph({ amenity }: { amenity: Amenity }) {
  const { glyph, colour } = AMENITY_GLYPHS[amenity] ?? { glyph: '?', colour: '#999' }
  return (
    <Text className="amenity-glyph" style={{ background: colour }}>
      {glyph}
    </Text>
  )
}

/** The station's amenities in the district's usual order, each an icon and its name. */
export default function AmenityIcons({ amenities }: { amenities: readonly string[] }) {
  const shown = AMENITIES.filter((a) => amenities.includes(a.code))
  if (shown.length === 0) return <Text className="page__hint">暂无设施信息</Text>
  return (
    <View className="amenity-icons">
      {shown.map((a) => (
        <View key={a.code} className="amenity-chip" data-amenity={a.code}>
          <AmenityGlyph amenity={a.code} />
          <Text className="amenity-chip__label">{a.name}</Text>
        </View>
      ))}
    </View>
  )
}
