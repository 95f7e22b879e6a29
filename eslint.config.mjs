// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const awsSdk = { group: ['@aws-sdk/*', '@smithy/*'], message: 'Only store/ talks to DynamoDB.' };
const layer = (group, message) => ({ group, message });
/** Files that may not import what `patterns` name. */
const onlyImports = (files, patterns) => ({
  files: Array.isArray(files) ? files : [files],
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      '.build',
      '.serverless',
      '.data',
      'coverage',
      'test-artifacts',
      'resolvers/__generated__',
      'examples/frontend/gql',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Numbers and booleans read well in messages; objects and nullish values do not.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  // Imports point one way: functions → resolvers → domain ← store; only store/ imports the AWS SDK.
  onlyImports('domain/**/*.ts', [
    awsSdk,
    layer(
      ['**/store/**', '**/resolvers/**', '**/functions/**', 'graphql', '@apollo/*'],
      'domain/ is pure: no storage, GraphQL or Lambda.',
    ),
  ]),
  onlyImports('resolvers/**/*.ts', [
    awsSdk,
    layer(
      ['**/store/**', '**/functions/**'],
      'resolvers/ call the domain; storage is wired in functions/.',
    ),
  ]),
  onlyImports('store/**/*.ts', [
    layer(
      ['**/resolvers/**', '**/functions/**', 'graphql', '@apollo/*'],
      'store/ implements the domain ports: it knows DynamoDB and the domain, nothing above.',
    ),
  ]),
  onlyImports(['functions/**/*.ts', 'infra/**/*.ts'], [awsSdk]),
  {
    files: ['**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Responses are untyped JSON (tests/support/testApi.ts, `Json`): tests read and assert on them.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/restrict-plus-operands': 'off',
      // Fakes of async ports answer at once; jest's matchers are methods passed around.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // Ids and keys under test are ASCII.
      '@typescript-eslint/no-misused-spread': 'off',
    },
  },
);
