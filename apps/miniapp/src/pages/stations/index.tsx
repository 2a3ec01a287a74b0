import ComingSoon from '../../components/coming-soon'

export default function Stations() {
  return <ComingSoon title="职工驿站" description="查找附近开放的驿站：喝水、充电、休息，一键导航前往。" />
}
