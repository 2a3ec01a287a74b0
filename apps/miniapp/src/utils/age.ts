const MINUTE = 60_000

/** How long ago something was saved, as a worker says it: 1分钟内, 3分钟前, 2小时前, 5天前. */
export function ageText(savedAt: number, now = Date.now()): string {
  const minutes = Math.floor(Math.max(0, now - savedAt) / MINUTE)
  if (minutes < 1) return '1分钟内'
  if (minutes < 60) return `${minutes}分钟前`
  const hours = Math.floor(minutes / 60)
  return hours < 24 ? `${hours}小时前` : `${Math.floor(hours / 24)}天前`
}
