/** Paths shared by tests: the repo root, the shared reference folder (may be absent), scratch space. */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** ../shared/data/vn-admin beside the repo; tests that cross-check against it skip when it is absent. */
export const sharedAdminDir = resolve(repoRoot, '..', 'shared', 'data', 'vn-admin');
export const hasSharedAdmin = existsSync(join(sharedAdminDir, 'units-2025-07.csv'));
export const testOutputDir = join(repoRoot, 'test-output');
/** The migrated PGlite template of this test run (global-setup.ts makes one per run, named in the env). */
export const templateDataDir = process.env.ICTMON_TEST_TEMPLATE_DIR ?? join(testOutputDir, 'template-pglite');

/** A fresh scratch directory under test-output/. */
export function scratchDir(name: string): string {
  const dir = join(testOutputDir, 'scratch', `${name}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}
