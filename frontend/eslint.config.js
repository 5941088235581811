// The TypeScript linter of the build (`npm run lint`, part of `npm run build`): the recommended rules of ESLint
// and typescript-eslint, and lit's rules for templates (bindings, attribute names, no duplicate attributes).
// Layout is Prettier's (`npm run format`, checked by the build): eslint-config-prettier, last, turns off the
// rules that would argue with it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/', 'src/api/schema.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  prettier,
);
