import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'coverage/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Handlers are platform-neutral: only the ways in (src/discord, src/http) may speak Discord.
    files: ['commands/**/*.ts', 'src/knowledge/**/*.ts', 'src/search/**/*.ts', 'src/reply/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['discord.js'], patterns: ['**/discord/**'] }],
    },
  },
);
