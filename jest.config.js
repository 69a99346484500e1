/** Jest runs the TypeScript sources through ts-jest; `stemmer` ships as ES modules only. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { isolatedModules: true, tsconfig: { allowJs: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!stemmer/)'],
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/globalSetup.js',
};
