import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/main/**/*.test.ts', 'tests/simulators/**/*.test.ts'],
    // better-sqlite3 is a native module: forks isolate it cleanly per file.
    pool: 'forks',
    testTimeout: 30_000,
    env: { CENTRAL_QUIET: '1' },
    hookTimeout: 60_000,
  },
});
