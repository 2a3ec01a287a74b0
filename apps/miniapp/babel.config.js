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
    presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
    plugins: [nutuiImport],
  }
}
