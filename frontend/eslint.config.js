// The TypeScript linter of the build (`npm run lint`, part of `npm run build`): the recommended rules of ESLint
// and typescript-eslint, lit's rules for templates (bindings, attribute names, no duplicate attributes), and
// small files. Layout is Prettier's (`npm run format`, checked by the build): eslint-config-prettier, last, turns
// off the rules that would argue with it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/', 'src/api/schema.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    // Small files, as Checkstyle keeps the Java: a newcomer reads one in a sitting. The limit counts code, so a
    // comment that says why or a blank line never pushes a file over it.
    files: ['**/*.ts'],
    rules: { 'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }] },
  },
  {
    // The message catalogues are data, one message a line, a language to a file (format.test.ts checks them).
    files: ['src/i18n/messages/*.ts'],
    rules: { 'max-lines': 'off' },
  },
  prettier,
);
