export default definePageConfig({ navigationBarTitleText: '会员卡', enablePageMeta: true })
