// Flat config: TypeScript strict + React hooks, and the one-way import rules of design.md.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import tseslint from 'typescript-eslint';

const vendorNames = ['twilio', 'telnyx', 'moveworks'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.cache'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // This flags hooks the React Compiler cannot memoize (useVirtualizer); we do not use the compiler.
      'react-hooks/incompatible-library': 'off',
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
    },
  },
  {
    // features and components know no vendor: a vendor difference is a field of the model.
    files: ['src/features/**', 'src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: vendorNames.map((v) => `**/providers/${v}/**`),
              message: 'Use the provider registry (providers/index.ts), not a vendor module.',
            },
            { group: ['**/server/**'], message: 'Server code never reaches the browser.' },
          ],
        },
      ],
    },
  },
  {
    // transcript and api are the bottom layers: they import nothing of the app.
    files: ['src/transcript/**', 'src/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/components/**', '**/providers/**', '**/server/**'],
              message: 'transcript/ and api/ import nothing of the app.',
            },
          ],
        },
      ],
    },
  },
);
