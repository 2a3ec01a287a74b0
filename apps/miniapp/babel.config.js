// NutUI: import each component's module and its CSS instead of the whole library. Its folders
// are the lower-cased component names (CellGroup -> cellgroup); the plugin may hand us cell-group.
const folder = (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.replace(/-/g, '').toLowerCase()}`
const nutuiImport = [
  'import',
  {
    libraryName: '@nutui/nutui-react-taro',
    customName: (name) => folder(name),
    customStyleName: (name) => `${folder(name)}/style/css`,
  },
  'nutui-react-taro',
]

// H5 is opened in WeChat's own browser (XWeb, Chromium 86 or later) or a phone's browser: code for
// those, not ES5 for Android 4 (the package.json browserslist, kept for WeChat's older JS engines).
// The ES5 build sent more code and ran longer on the phone (Lighthouse's legacy-javascript, TBT).
const platformTargets = () => (process.env.TARO_ENV === 'h5' ? { targets: { chrome: '64', safari: '12', ios: '12' } } : {})

module.exports = (api) => {
  if (api.env('test')) {
    return {
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        ['@babel/preset-react', { runtime: 'automatic' }],
        '@babel/preset-typescript',
      ],
      plugins: [nutuiImport],
    }
  }
  return {
    presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5', ...platformTargets() }]],
    plugins: [nutuiImport],
  }
}
