import type { Schema } from '@kgh/api-client'

// What `POST /redemptions/preview` answers (api.md "Redemption at a counter"); nothing is written.
export type RedemptionPreview = Schema<'RedemptionPreviewView'>
export type RedemptionNotice = Schema<'RedemptionNoticeView'>
