export default definePageConfig({ navigationBarTitleText: '维权详情', enablePageMeta: true })
