import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Every folder under src/features is one capability; listed from disk, so a new feature is fenced in
// as soon as it exists.
const FEATURES = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'mocks/mockServiceWorker.js', 'public/schema'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      // Markup from data would be an injection hole: data is only ever rendered as text.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render data as HTML.',
        },
      ],
    },
  },
  {
    // Dependencies point one way: lib/domain → features → app.
    files: ['src/domain/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**'],
              message: 'lib/ and domain/ must not depend on features/ or app/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/**', '**/app/**', '**/lib/**'],
              message: 'domain/ holds pure rules: no lib/, features/ or app/.',
            },
            { group: ['react', 'react-dom', '@tanstack/*'], message: 'domain/ is framework-free.' },
          ],
        },
      ],
    },
  },
  {
    // Every schema gets zod from src/domain/schema/zod.ts, which switches off its `new Function`
    // probe (the strict CSP reports it) before the first schema exists. Types may come from zod.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/schema/zod.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              allowTypeImports: true,
              message: "import { z } from src/domain/schema/zod.ts (it sets zod's CSP-safe mode).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/app/**'], message: 'features/ must not depend on app/.' }] },
      ],
    },
  },
  {
    // Imports resolved to files (whatever the relative path says), for the two structural rules.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.jsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      // A feature imports lib/, domain/ and itself only: features are composed in src/app/ (each
      // exports its widgets as data), so one feature's change never reaches into another.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: FEATURES.map((feature) => ({
            target: `./src/features/${feature}`,
            from: './src/features',
            except: [`./${feature}`],
            message: `features/${feature} may import lib/, domain/ and features/${feature} only; compose features in src/app/.`,
          })),
        },
      ],
      // Layers point one way, and so do the modules inside them: no module reaches itself again.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
)
