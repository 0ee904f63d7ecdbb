// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Module boundaries (rule 1 of the house): only a lib's index.ts is public; the web app never imports backend code. */
const deepImport = {
  group: ['@crm/*/*'],
  message: 'Import a library only through its index.ts (e.g. "@crm/platform"), never its files.',
};
const crossPackageRelative = {
  regex: '^(\\.\\./)+(libs/|apps/)?[a-z-]+/src(/|$)',
  message: 'Reach another library or app through its package name and index.ts, not a relative path.',
};

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'apps/web/src/gql/**', 'coverage/**', 'bench/results/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-restricted-imports': ['error', { patterns: [deepImport, crossPackageRelative] }],
      'no-restricted-properties': 'off',
    },
  },
  {
    // Configuration is read in one place only.
    files: ['apps/*/src/**/*.ts', 'libs/*/src/**/*.ts'],
    ignores: ['libs/platform/src/config/**', '**/*.spec.ts', '**/*.medium-spec.ts', '**/*.e2e-spec.ts', '**/testing/**', '**/cli/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'Read configuration through AppConfig, not process.env.' },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@crm/*', '@nestjs/*', 'typeorm', 'pg', 'bullmq', 'ioredis'], message: 'The web app never imports backend code.' },
            { regex: '^(\\.\\./)+(libs|api|worker)(/|$)', message: 'The web app never imports backend code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
