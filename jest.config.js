/** One Jest run over every package: unit, integration and end-to-end tests. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/shared', '<rootDir>/services', '<rootDir>/gateway', '<rootDir>/test'],
  testMatch: ['**/test/**/*.test.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^@marketgraph/(authz|db|graphql|testing)$': '<rootDir>/shared/$1/src' },
  testTimeout: 60_000,
  maxWorkers: 2,
  setupFiles: ['<rootDir>/test/setup-env.js'],
};
