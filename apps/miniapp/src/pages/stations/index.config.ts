export default definePageConfig({ navigationBarTitleText: '职工驿站', enablePageMeta: true, enablePullDownRefresh: false })
