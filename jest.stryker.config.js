/**
 * The jest run Stryker uses (npm run mutation): the unit and golden tiers only, as one project
 * and without the global setup, since they need no database. bench/mutation/run-mutation.js
 * narrows it per mutated module to the test files that exercise that module (STRYKER_TESTS, a
 * comma-separated list of paths), so the initial run of each module stays short.
 */
const narrowed = (process.env.STRYKER_TESTS ?? '').split(',').filter(Boolean);

module.exports = {
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }] },
  testMatch: narrowed.length
    ? narrowed.map((file) => `<rootDir>/${file}`)
    : ['<rootDir>/test/unit/**/*.test.ts', '<rootDir>/test/golden/**/*.test.ts'],
};
