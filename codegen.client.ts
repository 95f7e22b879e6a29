/**
 * graphql-codegen for front-ends: typed documents and result types for the
 * operations a client writes, with graphql-codegen's client preset. Here it
 * types the example front-end in examples/frontend/ (`npm run codegen` runs
 * it after codegen.ts); a front-end project copies it, with `schema` pointed
 * at its copy of schema/*.graphql or at a running server (docs/frontends.md).
 *
 * The API's custom scalars are mapped to what the JSON response holds:
 * `DateTime` and `Date` are ISO-8601 strings, `JSON` any JSON value.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/** The JSON value type that `JSON` maps to, declared in the generated file. */
const JSON_VALUE = [
  '/** Any JSON value: what the `JSON` scalar holds (a diff’s before and after, for instance). */',
  'export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };',
].join('\n');

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  documents: ['examples/frontend/**/*.ts', '!examples/frontend/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'examples/frontend/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      plugins: [{ add: { content: JSON_VALUE } }],
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        strictScalars: true,
        scalars: { DateTime: 'string', Date: 'string', JSON: 'JsonValue' },
      },
    },
  },
};

export default config;
