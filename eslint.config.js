// @ts-check
const path = require('node:path');
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const importX = require('eslint-plugin-import-x');

/**
 * Every import is declared by the package that imports it (X12): the production image installs
 * each workspace's dependencies only. Sources may use their own dependencies; tests and scripts
 * may also use the root's development tools.
 */
const WORKSPACES = ['shared/authz', 'shared/db', 'shared/graphql', 'shared/testing', 'services/identity', 'services/catalog', 'services/tenancy', 'gateway'];
const declared = (packageDirs, devDependencies, whitelist = []) => ({
  'import-x/no-extraneous-dependencies': [
    'error',
    { packageDir: packageDirs.map((dir) => path.join(__dirname, dir)), devDependencies, includeInternal: true, whitelist },
  ],
});
/** A package's tests import it by its name, as its dependants do. */
const nameOf = (dir) => require(path.join(__dirname, dir, 'package.json')).name;

module.exports = tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated.ts', 'schema/**', 'data/**', 'coverage/**', 'test/relay/__generated__/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', URL: 'readonly', fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', AbortSignal: 'readonly', Buffer: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Scripts of the pages the browser tests serve: they run in Chromium, not in Node.
    files: ['test/browser/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { document: 'readonly', fetch: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['**/*.ts', '**/*.js'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver()] },
    rules: declared(['.'], true),
  },
  ...WORKSPACES.flatMap((dir) => [
    { files: [`${dir}/src/**/*.ts`], rules: declared([dir], false) },
    { files: [`${dir}/test/**/*.ts`], rules: declared([dir, '.'], true, [nameOf(dir)]) },
  ]),
);
