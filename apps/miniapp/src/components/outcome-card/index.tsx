import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import './index.scss'

interface Props {
  id: string
  /** Done (green, ✓, announced politely) or refused (red, ✕, announced at once). */
  ok: boolean
  title: string
  children?: ReactNode
}

/** The outcome at the counter: redeemed, refused, a card checked; the ✓ / ✕ and the words say it, not colour alone. */
export default function OutcomeCard({ id, ok, title, children }: Props) {
  return (
    <View
      id={id}
      className={`outcome-card outcome-card--${ok ? 'ok' : 'refused'}`}
      role={ok ? 'status' : 'alert'}
      data-ok={ok ? 'true' : 'false'}
    >
      <Text className="outcome-card__title">
        {ok ? '✓' : '✕'} {title}
      </Text>
      {children}
    </View>
  )
}
