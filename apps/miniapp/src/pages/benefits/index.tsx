import ComingSoon from '../../components/coming-soon'

export default function Benefits() {
  return <ComingSoon title="会员福利" description="免费体检、疗休养、医疗互助、清凉和温暖礼包，会员在线申领。" />
}
