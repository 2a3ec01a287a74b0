export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/stations/index',
    'pages/station/index',
    'pages/benefits/index',
    'pages/mine/index',
    'pages/login/index',
    'pages/join/index',
    'pages/membership-status/index',
    'pages/card/index',
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c62828',
    navigationBarTitleText: '柯工惠',
    navigationBarTextStyle: 'white',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#c62828',
    backgroundColor: '#ffffff',
    list: [
      { pagePath: 'pages/index/index', text: '首页' },
      { pagePath: 'pages/stations/index', text: '驿站' },
      { pagePath: 'pages/benefits/index', text: '福利' },
      { pagePath: 'pages/mine/index', text: '我的' },
    ],
  },
})
