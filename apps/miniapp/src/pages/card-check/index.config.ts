export default definePageConfig({ navigationBarTitleText: '查验会员卡', enablePageMeta: true })
