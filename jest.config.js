/** Jest projects: `unit` (fast, node + jsdom), `oracle` (real LibreOffice), `e2e` (real Chromium). */
const transform = { '^.+\\.tsx?$': ['ts-jest', { isolatedModules: true, tsconfig: { module: 'commonjs', jsx: 'react-jsx' } }] };
const moduleNameMapper = {
  // office-addin-mock imports office-addin-manifest, which reaches an ESM-only package under jest (DESIGN.md §7).
  '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.js',
};
const common = { transform, moduleNameMapper, testEnvironment: 'node' };
module.exports = {
  // Property tests and real servers on a shared 2-core machine: generous limits; speed is measured in `npm run bench`.
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'], testPathIgnorePatterns: ['/test/oracle/', '/test/e2e/'] },
    { ...common, displayName: 'oracle', testMatch: ['<rootDir>/test/oracle/**/*.test.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      // Builds dist/ (production) once when it is missing or older than the sources; E2E_SKIP_BUILD=1 skips it.
      globalSetup: '<rootDir>/test/e2e/support/globalSetup.ts',
      setupFilesAfterEnv: ['<rootDir>/test/e2e/support/setup.ts'],
    },
  ],
};
