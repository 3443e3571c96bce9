import { defineConfig } from 'vitest/config';

// Real documents, real SQLite files, real OCR and a real browser: some tests take seconds, none
// should take minutes. The limit is generous because CI machines are shared and noisy.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
