// Flat config: TypeScript strict, React hooks, and the layer map of docs/architecture.md.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['conversations', 'home', 'thread'];
const src = (...folders) => folders.map((f) => `./src/${f}`);

/**
 * The layer map (docs/architecture.md, "Layers"): each zone names a folder and what it must not
 * import. Imports point down the map only, whether written `@/…` or relative.
 */
const zones = [
  ...features.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message: 'A feature imports no other feature: move what they share to components/ or lib/.',
  })),
  {
    target: src('features', 'hooks', 'transcript-loading'),
    from: src('app', 'api', 'server'),
    message: 'Only vendors/ talks HTTP (api/); server code never reaches the browser.',
  },
  {
    target: src('features', 'hooks', 'transcript-loading'),
    from: './src/vendors',
    except: ['./index.ts'],
    message: 'Use the vendor registry (vendors/index.ts), not a vendor module.',
  },
  {
    target: src('hooks', 'transcript-loading'),
    from: src('features', 'components'),
    message: 'hooks/ and transcript-loading/ serve features; they import none.',
  },
  {
    target: './src/components',
    from: src(
      'app',
      'features',
      'hooks',
      'transcript-loading',
      'vendors',
      'transcript',
      'api',
      'server',
    ),
    message: 'components/ are props in, JSX out: they import only lib/.',
  },
  {
    target: './src/vendors',
    from: src('app', 'features', 'hooks', 'components', 'transcript-loading', 'server'),
    message: 'vendors/ import only api/, transcript/ and lib/.',
  },
  {
    target: src('transcript', 'api'),
    from: src('app', 'features', 'hooks', 'components', 'transcript-loading', 'vendors', 'server'),
    message: 'transcript/ and api/ import only lib/.',
  },
  {
    target: './src/lib',
    from: src(
      'app',
      'features',
      'hooks',
      'components',
      'transcript-loading',
      'vendors',
      'transcript',
      'api',
      'server',
    ),
    message: 'lib/ imports nothing of the app.',
  },
  {
    target: './src/server/**/!(*.test).ts',
    from: src(
      'app',
      'features',
      'hooks',
      'components',
      'transcript-loading',
      'vendors',
      'transcript',
      'api',
      'lib',
    ),
    message: 'The server runs in Node: it imports nothing of the browser app.',
  },
];

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
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.app.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // This flags hooks the React Compiler cannot memoize (useVirtualizer); we do not use the compiler.
      'react-hooks/incompatible-library': 'off',
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
);
