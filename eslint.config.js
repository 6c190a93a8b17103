import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import moduleMap from './eslint/moduleMap.js';

/**
 * The module map (STYLE.md): dependencies flow one way. A folder may always import itself; folders not named here
 * (app/, the entry) compose the rest and may import anything. Checked by `rasd/module-map` (eslint/moduleMap.js).
 */
export const MODULE_MAP = {
  domain: { allow: [], why: 'domain is pure and imports nothing of ours outside domain/.' },
  ingest: { allow: ['domain'], why: 'ingest imports only domain/ (and itself).' },
  // lib/ is a leaf at run time; it may name the data contract's types (erased by the build), nothing else.
  lib: { allow: [], types: ['domain'], why: 'lib/ is a leaf (type imports from domain/ aside).' },
  i18n: { allow: ['lib', 'domain'], why: 'i18n/ does not import features, state or the app (app/i18n.ts assembles).' },
  // state/ holds the view (and the URL); the loaded dataset's shape is a type it names, not code it runs.
  state: { allow: ['domain', 'lib'], types: ['dataset'], why: 'state/ imports domain/ and lib/ only.' },
  // dataset/ loads and checks data; the workbench runs the ingest pipeline in the browser, and ingest/ imports only
  // domain/, so the flow stays one way (features → dataset → ingest → domain).
  dataset: {
    allow: ['domain', 'lib', 'ingest'],
    why: 'dataset/ imports domain/, lib/ and the ingest pipeline only (never state, features, i18n or the app).',
  },
  features: {
    allow: ['domain', 'state', 'dataset', 'lib', 'i18n'],
    why: 'features import domain, state, dataset, lib and i18n only.',
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'public',
      'coverage',
      'test-results',
      'playwright-report',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { rasd: moduleMap },
    rules: { 'rasd/module-map': ['error', { layers: MODULE_MAP }] },
  },
  {
    // The house rule: domain logic is pure and imports nothing of React or the app.
    files: ['src/domain/**/*.ts', 'src/ingest/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-*',
            'leaflet',
            'recharts',
            '**/features/**',
            '**/app/**',
            '**/state/**',
            '**/dataset/**',
          ],
        },
      ],
    },
  },
);
