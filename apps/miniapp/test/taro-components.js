// The package index of @tarojs/components-react imports itself in a circle under Jest; the
// per-component files do not.
export { default as View } from '@tarojs/components-react/dist/components/view/index.js'
export { default as Text } from '@tarojs/components-react/dist/components/text/index.js'
export { default as Input } from '@tarojs/components-react/dist/components/input/index.js'
export { default as Image } from '@tarojs/components-react/dist/components/image/index.js'
export { default as Button } from '@tarojs/components-react/dist/components/button/index.js'
