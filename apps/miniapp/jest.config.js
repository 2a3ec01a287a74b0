// Component tests under jsdom. pnpm nests packages in node_modules/.pnpm, so the ignore pattern
// is anchored there to let Babel compile the ESM of Taro's and NutUI's components.
module.exports = {
  testEnvironment: 'jsdom',
  clearMocks: true,
  roots: ['<rootDir>/src'],
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  transform: { '^.+\\.(t|j|mj)sx?$': 'babel-jest' },
  transformIgnorePatterns: ['/node_modules/\\.pnpm/(?!(@tarojs\\+components-react|@nutui\\+)[^/]*/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/test/style-stub.js',
    '^@tarojs/components$': '<rootDir>/test/taro-components.js',
    '^@tarojs/taro$': '<rootDir>/test/taro.ts',
  },
  globals: { API_BASE_URL: '/api/v1' },
}
