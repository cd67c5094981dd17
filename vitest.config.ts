import { defineConfig } from 'vitest/config';

// The suite runs on the embedded engine always, and the database tests (*.db.test.ts) run a second
// time on a PostgreSQL server when ICTMON_TEST_PG_URL is set (.ci/run sets it and requires it).
const pgUrl = process.env.ICTMON_TEST_PG_URL;
if (process.env.ICTMON_REQUIRE_PG === '1' && !pgUrl) throw new Error('ICTMON_REQUIRE_PG=1 but ICTMON_TEST_PG_URL is not set');

const common = {
  globalSetup: ['test/support/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
};

export default defineConfig({
  test: {
    projects: [
      { test: { ...common, name: 'pglite', include: ['test/**/*.test.ts', 'src/**/*.test.ts'], env: { ICTMON_TEST_ENGINE: 'pglite' } } },
      ...(pgUrl ? [{ test: { ...common, name: 'postgres', include: ['test/**/*.db.test.ts'], env: { ICTMON_TEST_ENGINE: 'postgres' } } }] : []),
    ],
  },
});
