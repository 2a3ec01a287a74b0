export default definePageConfig({ navigationBarTitleText: '柯工惠' })
