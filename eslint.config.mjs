// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const awsSdk = { group: ['@aws-sdk/*'], message: 'Only store/ talks to DynamoDB.' };
const layer = (group, message) => ({ group, message });

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
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Imports point one way: functions → resolvers → domain ← store; only store/ imports the AWS SDK.
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            awsSdk,
            layer(
              ['**/store/**', '**/resolvers/**', '**/functions/**', 'graphql', '@apollo/*'],
              'domain/ is pure: no storage, GraphQL or Lambda.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['resolvers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            awsSdk,
            layer(
              ['**/store/**', '**/functions/**'],
              'resolvers/ call the domain; storage is wired in functions/.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['functions/**/*.ts', 'infra/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [awsSdk] }] },
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
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
