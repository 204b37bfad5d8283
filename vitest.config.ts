import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/tmp/**', 'test/golden/**', 'node_modules/**'],
    // Whole-corpus tests walk 4,250 documents; timing targets live in `npm run bench`, not here.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
