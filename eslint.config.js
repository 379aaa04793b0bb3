// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default [
  {
    ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    // A leading underscore marks a binding as deliberately unused, e.g. `const { id: _id, ...rest } = props`.
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Client-side scripts run in the browser.
    files: ['src/scripts/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Config files, tests, helper scripts and Astro integrations run in Node.
    files: ['*.{js,mjs,cjs,ts,mts,cts}', '.ci/**', 'tests/**', 'src/integrations/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
];
