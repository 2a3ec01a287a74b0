export default definePageConfig({ navigationBarTitleText: '柯工惠', enablePageMeta: true })
