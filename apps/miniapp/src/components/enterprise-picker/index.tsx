import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Input, Popup } from '@nutui/nutui-react-taro'
import { useCareMode } from '../../hooks/use-care-mode'
import { api } from '../../services/api'
import type { Schema } from '@kgh/api-client'
import type { TownCode } from '@kgh/shared'
import { tappable } from '../../utils/tappable'
import './index.scss'

/** The worker's enterprise: a census search result, a name typed because it is not listed, or none. */
export type EnterpriseChoice = { kind: 'listed'; id: string; name: string } | { kind: 'typed'; name: string } | null

interface Props {
  value: EnterpriseChoice
  onChange: (value: EnterpriseChoice) => void
  /** The chosen town, to search its enterprises first. */
  townCode?: string
  /** Checks the typed name when its input loses focus. */
  onBlurName?: () => void
}

export const SEARCH_DEBOUNCE_MS = 300

type Search =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'done'; items: Schema<'EnterpriseSearchItemView'>[] }
type Outcome = Exclude<Search, { state: 'idle' | 'loading' }>

/** Searches the census by name or brand as the worker types, waiting for a pause in the typing. */
function useEnterpriseSearch(query: string, townCode: string | undefined, active: boolean) {
  const [attempt, setAttempt] = useState(0)
  // The answer to one search, by what was asked: a newer question shows as loading until its own answer comes.
  const [answer, setAnswer] = useState<{ key: string; outcome: Outcome } | null>(null)
  const asked = useRef('')
  const q = query.trim()
  // The form's town select only offers the towns' codes.
  const town = (townCode || undefined) as TownCode | undefined
  const key = active && q ? JSON.stringify([q, town, attempt]) : ''

  useEffect(() => {
    asked.current = key
    if (!key) return
    const timer = setTimeout(() => {
      const settle = (outcome: Outcome) => asked.current === key && setAnswer({ key, outcome })
      api.searchEnterprises(q, town).then(
        (items) => settle({ state: 'done', items }),
        (e: unknown) => settle({ state: 'failed', message: e instanceof Error ? e.message : '搜索失败，请重试' }),
      )
    }, SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [key, q, town])

  const search: Search = !key ? { state: 'idle' } : answer?.key === key ? answer.outcome : { state: 'loading' }
  return { search, retry: () => setAttempt((n) => n + 1) }
}

export default function EnterprisePicker({ value, onChange, townCode, onBlurName }: Props) {
  const care = useCareMode()
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const { search, retry } = useEnterpriseSearch(query, townCode, open)

  const close = () => setOpen(false)
  const choose = (item: Schema<'EnterpriseSearchItemView'>) => {
    onChange({ kind: 'listed', id: item.id, name: item.name })
    close()
  }
  const notListed = () => {
    onChange({ kind: 'typed', name: value?.kind === 'typed' && !query.trim() ? value.name : query.trim() })
    close()
  }

  const searchPanel = (
    <View className="enterprise-search">
      <Input
        id="enterprise-search"
        className="enterprise-search__input"
        placeholder="输入企业名称或品牌"
        value={query}
        onChange={setQuery}
      />
      <View className="enterprise-search__results">
        {search.state === 'idle' && <Text className="enterprise-search__hint">输入企业名称或品牌（如美团、顺丰）搜索</Text>}
        {search.state === 'loading' && <Text className="enterprise-search__hint enterprise-search__loading">搜索中…</Text>}
        {search.state === 'failed' && (
          <View className="enterprise-search__failed">
            <Text className="enterprise-search__hint">{search.message}</Text>
            <View id="enterprise-retry" className="enterprise-search__retry" {...tappable(retry)}>
              <Text>重试</Text>
            </View>
          </View>
        )}
        {search.state === 'done' && search.items.length === 0 && (
          <Text className="enterprise-search__hint enterprise-search__empty">没有找到，可直接填写企业名称</Text>
        )}
        {search.state === 'done' &&
          search.items.map((item) => (
            <View key={item.id} className="enterprise-result" data-enterprise={item.id} {...tappable(() => choose(item))}>
              <Text className="enterprise-result__name">{item.name}</Text>
              {item.brands.length > 0 && <Text className="enterprise-result__brands">{item.brands.join('、')}</Text>}
            </View>
          ))}
      </View>
      <View id="enterprise-not-listed" className="enterprise-search__not-listed" {...tappable(notListed)}>
        <Text>列表中没有我的企业</Text>
      </View>
    </View>
  )
  return (
    <View className="enterprise-picker">
      <View className="enterprise-picker__row">
        <View id="join-enterprise" className="enterprise-picker__open" {...tappable(() => setOpen(true))}>
          <Text className="enterprise-picker__label">所在企业（选填）</Text>
          {value?.kind === 'listed' ? (
            <Text className="enterprise-picker__value">{value.name}</Text>
          ) : (
            <Text className="enterprise-picker__placeholder">{value?.kind === 'typed' ? '列表中没有我的企业' : '搜索企业名称或品牌'}</Text>
          )}
        </View>
        {value && (
          <View id="join-enterprise-clear" className="enterprise-picker__clear" {...tappable(() => onChange(null))}>
            <Text>清除</Text>
          </View>
        )}
      </View>
      {value?.kind === 'typed' && (
        <Input
          id="join-employer-name"
          className="enterprise-picker__name"
          placeholder="请输入企业名称"
          value={value.name}
          onChange={(name) => onChange({ kind: 'typed', name })}
          onBlur={onBlurName}
        />
      )}
      {/* 关怀模式 has no pop-ups: the search opens in the page, under the field. */}
      {care ? (
        open && (
          <View className="enterprise-picker__inline" role="region" aria-label="所在企业">
            {searchPanel}
            <View id="enterprise-close" className="enterprise-picker__inline-close" {...tappable(close)}>
              <Text>收起</Text>
            </View>
          </View>
        )
      ) : (
        <Popup visible={open} position="bottom" round closeable title="所在企业" onClose={close}>
          {searchPanel}
        </Popup>
      )}
    </View>
  )
}
