import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // better-sqlite3 is a native module: forks isolate it cleanly per file.
    pool: 'forks',
    testTimeout: 30_000,
    env: { CENTRAL_QUIET: '1' },
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/main/**/*.test.ts', 'tests/simulators/**/*.test.ts'],
        },
      },
      {
        // Renderer hooks and dialogs in happy-dom, talking to a real core through the registry.
        extends: true,
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['tests/renderer/**/*.test.tsx'],
        },
      },
    ],
  },
});
