export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.test.ts', 'components/**/*.styles.ts', 'components/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
};
