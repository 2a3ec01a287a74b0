/// <reference types="@tarojs/taro" />

declare module '*.png' {
  /** The image's URL in the build. */
  const url: string
  export default url
}
declare module '*.scss'
declare module '*.css'

/** Injected by config/index.ts: '/api/v1' on H5, an absolute URL for the mini-program. */
declare const API_BASE_URL: string

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5'
  }
}
