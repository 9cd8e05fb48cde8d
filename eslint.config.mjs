import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import { plugin as layers } from './eslint/layers.mjs'

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'coverage/', 'test-output/', 'examples/', 'test/fixtures/', '.bench/']
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        document: 'readonly',
        structuredClone: 'readonly',
        window: 'readonly'
      }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off'
    }
  },
  {
    // The layer map (eslint/layers.mjs, docs/architecture.md): imports go down, doors stay apart.
    files: ['src/**/*.ts', 'checks/**/*.ts'],
    plugins: { layers },
    rules: { 'layers/import-direction': 'error' }
  }
)
