import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'
import globals from 'globals'
import prettier from 'eslint-config-prettier/flat'

export default [
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'shots/**',
      '**/fixtures/**',
      '**/golden/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } }
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-empty-pattern': 'off',
      // Formatting is not the linter's job here.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/first-attribute-linebreak': 'off',
      // Article content is never rendered as HTML.
      'vue/no-v-html': 'error'
    }
  },
  // Layout is Prettier's (npm run format); the linter keeps to what can be wrong.
  prettier,
  {
    // Type-aware rules for the mistakes that lose data quietly: a promise nobody awaits, an async
    // function where a void callback is expected, a switch that forgets a new kind.
    files: ['src/**/*.{ts,vue}', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.vue'] } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }]
    }
  },
  // One layer per runtime (see DESIGN.md); each folder may import only the layers below it.
  ...layerBoundaries()
]

function layerBoundaries() {
  // src/testing holds what only tests and benchmarks use (generated texts, labelled cases).
  const everywhere = ['**/renderer', '**/renderer/**', '**/preload', '**/preload/**', '**/testing', '**/testing/**']
  const electron = ['electron', 'electron/*']
  const nodeLayer = ['**/node', '**/node/**']
  const mainLayer = ['**/main', '**/main/**']
  const cliLayer = ['**/cli', '**/cli/**']
  // Outside src/node only its public entry (src/node/index.ts) may be imported; tests may use its test support.
  const nodeInternals = String.raw`(^|/)node/(?!(index|parsing|plain-text|listing)(\.ts)?$)`
  const nodeInternalsButTestSupport = String.raw`(^|/)node/(?!(index|parsing|plain-text|listing)(\.ts)?$|test-support/)`
  const rule = (patterns, message, regex) => ['error', { patterns: [{ group: patterns, message }, ...(regex ? [{ regex, message }] : [])] }]
  const tests = ['**/*.test.ts', 'src/cli/app-harness.ts', 'src/cli/cli-harness.ts']
  return [
    {
      files: ['src/shared/**/*.ts'],
      ignores: ['src/shared/**/*.test.ts'],
      rules: {
        'no-restricted-imports': rule(
          ['node:*', 'fs', 'path', ...electron, ...everywhere, ...nodeLayer, ...mainLayer, ...cliLayer],
          'src/shared is the pure domain: no Node, no DOM-only code, no other layer.'
        )
      }
    },
    {
      files: ['src/renderer/**/*.{ts,vue}'],
      rules: {
        'no-restricted-imports': rule(
          ['node:*', ...electron, ...nodeLayer, ...mainLayer, ...cliLayer, '**/preload', '**/preload/**', '**/testing', '**/testing/**'],
          'The renderer imports only src/shared.'
        )
      }
    },
    {
      files: ['src/node/**/*.ts'],
      rules: {
        'no-restricted-imports': rule(
          [...electron, ...everywhere, ...mainLayer, ...cliLayer],
          'src/node is plain Node: no Electron, renderer or command line.'
        )
      }
    },
    {
      files: ['src/main/**/*.ts'],
      ignores: tests,
      rules: {
        'no-restricted-imports': rule(
          [...everywhere, ...cliLayer],
          'The Electron shell uses src/shared and the public entry of src/node (src/node/index.ts) only.',
          nodeInternals
        )
      }
    },
    {
      files: ['src/cli/**/*.ts'],
      ignores: tests,
      rules: {
        'no-restricted-imports': rule(
          [...electron, ...everywhere, ...mainLayer],
          'The command line uses src/shared and the public entry of src/node (src/node/index.ts) only.',
          nodeInternals
        )
      }
    },
    {
      files: tests.filter((t) => t.startsWith('src/cli')).concat('src/cli/**/*.test.ts'),
      rules: {
        'no-restricted-imports': rule(
          [...electron, ...everywhere, ...mainLayer],
          'Command line tests use the public entry of src/node and its test support only.',
          nodeInternalsButTestSupport
        )
      }
    },
    {
      files: ['src/preload/**/*.ts'],
      rules: {
        'no-restricted-imports': rule(
          ['node:*', ...nodeLayer, ...mainLayer, ...cliLayer, '**/renderer', '**/renderer/**'],
          'The preload bridges IPC only.'
        )
      }
    }
  ]
}
