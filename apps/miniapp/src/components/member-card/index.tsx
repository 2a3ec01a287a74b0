import { Text, View } from '@tarojs/components'
import type { Schema } from '@kgh/api-client'
import QrCode from '../qr-code'
import { formatDate } from '../../utils/format'
import './index.scss'
type Card = Schema<'MemberCardView'>

export default function MemberCard({ card }: { card: Card }) {
  return (
    <View className="member-card">
      <View className="member-card__head">
        <Text className="member-card__title">工会会员电子卡</Text>
        <Text id="card-union" className="member-card__union">
          {card.union.name}
        </Text>
      </View>
      <View className="member-card__rows">
        <Row label="姓名" id="card-name" value={card.nameMasked} />
        <Row label="身份证号" id="card-id-number" value={card.idNumberMasked} />
        <Row label="会员编号" id="card-member-number" value={card.memberNumber} />
        <Row label="入会日期" id="card-joined-at" value={formatDate(card.joinedAt)} />
      </View>
      <View className="member-card__qr">
        <QrCode id="card-qr" payload={card.qrPayload} label="电子会员卡二维码，供驿站和服务机构查验" />
        <Text className="member-card__hint">向服务点工作人员出示此码</Text>
      </View>
    </View>
  )
}

function Row({ label, id, value }: { label: string; id: string; value: string }) {
  return (
    <View className="member-card__row">
      <Text className="member-card__label">{label}</Text>
      <Text id={id} className="member-card__value">
        {value}
      </Text>
    </View>
  )
}
