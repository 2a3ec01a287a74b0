export default definePageConfig({ navigationBarTitleText: '我的维权', enablePageMeta: true })
