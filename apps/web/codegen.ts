import type { CodegenConfig } from '@graphql-codegen/cli';

/** The one place naming the schema the web app is typed against. */
const SCHEMA = '../api/schema.graphql';

const config: CodegenConfig = {
  schema: SCHEMA,
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          DateTime: 'string',
          Email: 'string',
          Phone: 'string',
          Money: '{ amountMinor: string; currency: string }',
        },
      },
    },
  },
};

export default config;
