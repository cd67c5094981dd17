// Lint rules. The layer rule is the one that matters most: src/domain is pure (no I/O, no db/http).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'web/dist/**', 'test-output/**', 'ictmon-data/**', 'bench/out/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads'], message: 'src/domain is pure: no I/O (STYLE.md).' },
            { group: ['**/db/**', '**/services/**', '**/http/**', '**/cli/**', 'pg', '@electric-sql/*', 'fastify', 'exceljs'], message: 'src/domain imports nothing from outer layers.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/http/**', '**/cli/**', 'fastify'], message: 'services do not depend on http or cli.' }] }],
    },
  },
  {
    files: ['src/http/**/*.ts', 'src/cli/**/*.ts', 'web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/db/queries/**'], message: 'adapters call services, not queries.' }] }],
    },
  },
);
