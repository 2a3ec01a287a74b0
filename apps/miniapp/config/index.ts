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
    // KGH_OUTPUT_ROOT builds elsewhere (a bench or a size check beside someone else's build of dist/h5).
    outputRoot: process.env.KGH_OUTPUT_ROOT ?? `dist/${platform}`,
    plugins: [],
    defineConstants: { API_BASE_URL: JSON.stringify(apiBaseUrl) },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // Modules used only by subpackages go to those subpackages (sub-vendors / sub-common), not the main
      // package; Taro 4 does this by default, stated here because the 1 MB check in `pnpm test` depends on it.
      optimizeMainPackage: { enable: true },
      // Pages import the same NutUI styles in different orders; the order between them does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        // rem, not rpx: each page's <page-meta> root font size (components/care-page) then sets the scale,
        // for 关怀模式 and the user's WeChat font setting, as H5's document root does.
        pxtransform: { enable: true, config: { targetUnit: 'rem' } },
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
