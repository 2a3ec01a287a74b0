export default defineAppConfig({
  // The four tabs are the main package; every other page is its own subpackage, loaded when opened,
  // so the main package stays small (WeChat refuses one above 2 MB; `pnpm test` fails above 1 MB).
  pages: ['pages/index/index', 'pages/stations/index', 'pages/benefits/index', 'pages/mine/index'],
  subPackages: [
    'station',
    'benefit',
    'my-claims',
    'redemption',
    'redeem',
    'card-check',
    'login',
    'staff-login',
    'join',
    'membership-status',
    'card',
    'legal',
    'my-legal',
    'legal-request',
  ].map((page) => ({ root: `pages/${page}`, pages: ['index'] })),
  // A station is opened from the list, often where the network is poor: its code comes with the list.
  preloadRule: { 'pages/stations/index': { network: 'all', packages: ['pages/station'] } },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c62828',
    navigationBarTitleText: '柯工惠',
    navigationBarTextStyle: 'white',
    // Said outright, H5 draws Taro's title bar too, with a back button on pages below the tabs.
    navigationStyle: 'default',
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
