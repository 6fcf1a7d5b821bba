// Lint rules. The layering rule keeps the core and the CLI free of Electron and of the renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noElectronOrRenderer = {
  'no-restricted-imports': [
    'error',
    {
      paths: [{ name: 'electron', message: 'core/ and cli/ run in plain Node: no electron.' }],
      patterns: [
        { group: ['**/renderer/**'], message: 'core/ and cli/ never import the renderer.' },
        { group: ['**/electron/**'], message: 'core/ and cli/ never import the Electron shell.' },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['core/**/*.ts', 'cli/**/*.ts'], rules: noElectronOrRenderer },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer has no Node and no Electron.' }],
          patterns: [{ group: ['node:*'], message: 'The renderer has no Node.' }],
        },
      ],
    },
  },
);
