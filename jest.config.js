/** One Jest run over every package: unit, integration and end-to-end tests. */
// Transpile only: `npm run typecheck` checks types once for the whole workspace.
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json', diagnostics: false }];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/shared', '<rootDir>/services', '<rootDir>/gateway', '<rootDir>/test'],
  testMatch: ['**/test/**/*.test.ts'],
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: { '^@marketgraph/graphql/tracing$': '<rootDir>/shared/graphql/src/tracing', '^@marketgraph/(authz|db|graphql|testing)$': '<rootDir>/shared/$1/src' },
  testTimeout: 60_000,
  maxWorkers: 2,
  setupFiles: ['<rootDir>/test/setup-env.js'],
};
