// Flat config: TypeScript strict, React hooks, and the layer map of docs/architecture.md.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['conversations', 'home', 'thread'];
const folders = [
  'app',
  'features',
  'hooks',
  'components',
  'transcript-loading',
  'vendors',
  'transcript',
  'api',
  'lib',
  'server',
];
const src = (...names) => names.map((f) => `./src/${f}`);

/**
 * The layer map (docs/architecture.md, "Layers"): what each folder may import besides itself.
 * `app/` and `main.tsx` compose everything; `server/` is Node's.
 */
const mayImport = {
  features: ['hooks', 'components', 'transcript-loading', 'vendors', 'transcript', 'lib'],
  hooks: ['vendors', 'lib'],
  components: ['lib'],
  'transcript-loading': ['vendors', 'transcript', 'lib'],
  vendors: ['api', 'transcript', 'lib'],
  transcript: ['lib'],
  api: ['lib'],
  lib: [],
  server: [],
};

/** The map as zones: imports point down it only, whether written `@/…` or relative. */
const zones = [
  ...Object.entries(mayImport).map(([folder, allowed]) => ({
    // Server tests, and the stack they share (test-stack.ts), drive the app's own clients.
    target: folder === 'server' ? './src/server/**/!(*.test|test-stack).ts' : `./src/${folder}`,
    from: src(...folders.filter((f) => f !== folder && !allowed.includes(f))),
    message: `${folder}/ imports only ${allowed.join(', ') || 'nothing else of the app'}.`,
  })),
  ...features.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message: 'A feature imports no other feature: move what they share to components/ or lib/.',
  })),
  {
    target: ['./src/app', './src/main.tsx'],
    from: './src/server',
    message: 'server/ runs in Node: the browser app imports nothing of it.',
  },
  {
    target: src('features', 'hooks', 'transcript-loading'),
    from: './src/vendors',
    except: ['./index.ts'],
    message: 'Use the vendor registry (vendors/index.ts), not a vendor module.',
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
