// Two projects: `unit` runs in-process code against loopback fakes (the fast loop, `npm run test:unit`);
// `integration` launches real dbt, sqlfluff or the bundled dist/ (`npm run test:int`). A test file that
// starts one of those is named `*.int.test.ts`, or lives in __tests__/e2e or __tests__/faults.
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  // swc strips the types and nothing else (tsc --noEmit checks them once, before the tests): a cold run
  // transforms every file in about half the time ts-jest takes.
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript' },
          target: 'es2023',
          experimental: { keepImportAttributes: true },
        },
        module: { type: 'es6' },
      },
    ],
  },
  testTimeout: 30000,
}

/** @type {import('jest').Config} */
export default {
  // jest leaves a core for itself by default; on a 2-core runner that is one worker, and the workers spend
  // much of their time waiting on dbt and git, so use them all.
  maxWorkers: '100%',
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: [
        '/node_modules/',
        '/dist/',
        '/__tests__/e2e/',
        '/__tests__/faults/',
        '\\.int\\.test\\.ts$',
      ],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: [
        '<rootDir>/__tests__/**/*.int.test.ts',
        '<rootDir>/__tests__/e2e/**/*.test.ts',
        '<rootDir>/__tests__/faults/**/*.test.ts',
      ],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
      // examples/shop is parsed once per suite: parseShop shares its manifests through this folder.
      globalSetup: '<rootDir>/__tests__/setup/parse-cache-setup.mjs',
      globalTeardown: '<rootDir>/__tests__/setup/parse-cache-teardown.mjs',
    },
  ],
}
