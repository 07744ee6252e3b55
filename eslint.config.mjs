// ESLint (flat config): the recommended rules of ESLint and typescript-eslint over the sources,
// the tests, the scripts and the benchmarks. `npm run lint`; `npm test` runs it first.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'out/', 'bench/results/', '.vscode-test/', 'test/e2e/tools/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // Control characters are what some patterns look for: escape sequences in the CLI's output,
      // the C0 range in damaged text.
      'no-control-regex': 'off',
    },
  },
  // The mocha reporter is CommonJS (mocha loads it with require).
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Callbacks the end-to-end tests run inside the editor's page.
  { files: ['test/e2e/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  // The timeline view's script runs in a webview (a browser page).
  { files: ['client/webview/**'], languageOptions: { globals: globals.browser } },
);
