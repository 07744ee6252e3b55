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
  // Names that say what they hold (issue 11): in the sources of the server and the client, a
  // function's parameters and what a module exports are words, not letters ("statement", not "s";
  // a real word of two letters such as "id" or "to" is one). A callback written inline
  // (`(c) => c.item`) and a regex match in a short loop may stay short: the line they stand on
  // says what they are.
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'FunctionDeclaration > Identifier.params',
          'FunctionDeclaration > AssignmentPattern.params > Identifier.left',
          'MethodDefinition > FunctionExpression > Identifier.params',
          'VariableDeclarator > ArrowFunctionExpression > Identifier.params',
          'VariableDeclarator > ArrowFunctionExpression > AssignmentPattern.params > Identifier.left',
          'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > Identifier.id',
          'ExportNamedDeclaration > FunctionDeclaration > Identifier.id',
        ].map((selector) => ({
          selector: `${selector}[name=/^(?!(?:id|on|to|at|of)$)[A-Za-z_$][A-Za-z0-9_$]?$/]`,
          message: 'A parameter or an export says what it holds: a word, not a letter or two.',
        })),
      ],
    },
  },
  // The mocha reporter is CommonJS (mocha loads it with require).
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Callbacks the end-to-end tests run inside the editor's page.
  { files: ['test/e2e/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  // The timeline view's script runs in a webview (a browser page).
  { files: ['client/webview/**'], languageOptions: { globals: globals.browser } },
);
