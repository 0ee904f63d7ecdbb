import type { Config } from 'jest';

// One SWC transform for every project: TypeScript with legacy decorators and their metadata (NestJS, TypeORM).
const transform: Config['transform'] = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true, tsx: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false, react: { runtime: 'automatic' } },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

const common: Config = {
  transform,
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata', '<rootDir>/libs/platform/src/testing/fresh-graphql-metadata.ts'],
  modulePathIgnorePatterns: ['<rootDir>/apps/web/dist'],
};

const config: Config = {
  rootDir: '.',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'medium',
      // real databases and servers on a shared 2-core machine: a hook such as seeding may take seconds
      setupFilesAfterEnv: ['<rootDir>/libs/composition/src/testing/service-test-timeout.ts'],
      testMatch: ['<rootDir>/{apps,libs}/**/*.medium-spec.ts'],
      globalSetup: '<rootDir>/libs/composition/src/testing/global-setup.ts',
    },
    {
      ...common,
      displayName: 'e2e',
      setupFilesAfterEnv: ['<rootDir>/libs/composition/src/testing/service-test-timeout.ts'],
      testMatch: ['<rootDir>/{apps,libs}/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/libs/composition/src/testing/global-setup.ts',
    },
  ],
};

export default config;
