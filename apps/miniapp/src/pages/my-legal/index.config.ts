export default definePageConfig({ navigationBarTitleText: '我的维权' })
