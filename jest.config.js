/** Test tiers: unit and golden need no database; integration and e2e share one real Neo4j
 * started by the global setup through the project's local launcher (or NEO4J_URI when set). */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }];
const base = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': tsJest },
  // Stryker's sandboxes (npm run mutation) are copies of the project: not modules of this one.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
};

module.exports = {
  // The database tiers share one Neo4j: test files run one at a time and clean up what they load.
  maxWorkers: 1,
  testTimeout: 120000,
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...base, displayName: 'golden', testMatch: ['<rootDir>/test/golden/**/*.test.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
    },
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
