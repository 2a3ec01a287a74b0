import { defineConfig, type UserConfigExport } from '@tarojs/cli'

const platform = process.env.TARO_ENV ?? 'h5'
// H5 is served by the API on the same origin; the mini-program needs an absolute URL.
const apiBaseUrl = platform === 'h5' ? '/api/v1' : (process.env.KGH_API_BASE_URL ?? 'http://localhost:3000/api/v1')

export default defineConfig<'webpack5'>(() => {
  const config: UserConfigExport<'webpack5'> = {
    projectName: 'ke-gong-hui',
    date: '2026-11-29',
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${platform}`,
    plugins: [],
    defineConstants: { API_BASE_URL: JSON.stringify(apiBaseUrl) },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      // Taro's React components render real <input>/<button> elements (the web components wrap
      // them), so ids land where a browser test types, and H5 runs the same components as Jest.
      useHtmlComponents: true,
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }
  return config
})
