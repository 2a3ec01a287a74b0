import type { ComponentType } from 'react'
import { PageMeta } from '@tarojs/components'
import { useCareMode } from '../../hooks/use-care-mode'
import { rootFontSize, systemFontPx } from '../../services/care-mode'

/**
 * WeChat: a page's rem are measured against its <page-meta> root font size, the 20 px standard, or
 * larger in 关怀模式 and with a larger WeChat font setting (the stylesheets are written in rem on
 * WeChat too, see config/index.ts). H5 sets the document's root instead (services/care-mode.ts).
 */
export function carePage<Props extends object>(Page: ComponentType<Props>): ComponentType<Props> {
  if (process.env.TARO_ENV !== 'weapp') return Page
  return function CarePage(props: Props) {
    const on = useCareMode()
    return (
      <>
        <PageMeta rootFontSize={rootFontSize(on, systemFontPx())} />
        <Page {...props} />
      </>
    )
  }
}
