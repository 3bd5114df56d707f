import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // better-sqlite3 is a native module: forks isolate it cleanly per file.
    pool: 'forks',
    // Most files wait on real servers (PostgreSQL, the simulators, SMTP), not on the CPU: two
    // forks on this two-core machine take the suite from ~820 s to ~470 s (Vitest's default
    // here is one fork, CPUs - 1).
    maxWorkers: Math.max(2, availableParallelism() - 1),
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
