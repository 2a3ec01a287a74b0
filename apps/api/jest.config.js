// Unit specs live beside the rules in src/; API integration specs in test/ run against a real
// PostgreSQL (DATABASE_URL, else one embedded for the run by globalSetup), one database per test file.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testRegex: '\\.(spec|e2e-spec)\\.ts$',
  // @fastify/static requires content-disposition, which ships ESM only: compile it for Jest.
  transformIgnorePatterns: ['/node_modules/(?!(\\.pnpm/content-disposition@[^/]+/node_modules/)?content-disposition/)'],
  transform: {
    '^.+/content-disposition/.+\\.js$': ['@swc/jest', { module: { type: 'commonjs' } }],
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' } },
    ],
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60000,
};
