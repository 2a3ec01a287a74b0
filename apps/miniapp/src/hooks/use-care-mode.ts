import { useEffect, useState } from 'react'
import { isCareMode, onCareModeChange } from '../services/care-mode'

/** Whether 关怀模式 is on, kept current when it is switched on another page. */
export function useCareMode(): boolean {
  const [on, setOn] = useState(isCareMode)
  useEffect(() => onCareModeChange(setOn), [])
  return on
}
