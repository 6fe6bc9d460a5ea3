import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettierConfig from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'web/dist/**', 'data/**', 'coverage/**', 'server/src/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettierConfig,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a string union or an as-const object instead of enum.' },
        {
          selector: "TSNonNullExpression > MemberExpression[property.name='actor']",
          message:
            'Use requireActor(req) (http/actor.ts): the route policy guarantees a session, this says so in types.',
        },
      ],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'antd',
              importNames: ['Select', 'TreeSelect'],
              message: 'Use Select / TreeSelect from web/src/components/select: they name the list box they open.',
            },
          ],
        },
      ],
    },
  },
  { files: ['web/src/components/select.tsx'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['**/*.test.ts', '**/*.e2e.ts', 'server/test/**', 'e2e/**', 'bench/**', 'fault/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
