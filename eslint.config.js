import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/', '.output-*/', '.wxt/', 'node_modules/', 'demo-screenshots/', 'tests/fixtures/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The classic hook rules; the React Compiler rules (immutability…) misread signals, which are mutable by design.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page and buyer text is data, never markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes and set textContent; page text is never markup.' },
        { property: 'outerHTML', message: 'Build DOM nodes and set textContent; page text is never markup.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes and set textContent.' },
      ],
      'react/no-danger': 'off',
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
