export default [
  {
    files: ['src/**/*.js'],
    rules: { 'no-eval': 'error', 'no-unused-vars': 'warn' },
  },
];
