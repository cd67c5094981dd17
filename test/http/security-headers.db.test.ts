/**
 * Security headers (issue #6, hardening) on the API, the web UI and the API docs: a CSP with scripts from
 * ictmon's own files only, no framing, nosniff, same-origin referrer.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/server.ts';
import { testOutputDir } from '../support/paths.ts';
import { openTestDatabase, testEngine, type TestDatabase } from '../support/test-db.ts';

describe(`security headers on ${testEngine}`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    // A stand-in for the built UI (the browser tests use the real build).
    const webDir = join(testOutputDir, 'web-dist-headers');
    mkdirSync(webDir, { recursive: true });
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>ictmon</title><div id="root"></div>');
    t = await openTestDatabase();
    app = await buildApp({ db: t.db, webDir });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const csp = (header: string | string[] | number | undefined) =>
    new Map(
      String(header)
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map((d) => [d[0]!, d.slice(1)]),
    );

  it.each([
    ['the API', '/api/units?at=2025-07-01'],
    ['an API error', '/api/units/NOPE'],
    ['the web UI', '/units/19'],
    ['the API docs', '/api/docs/static/index.html'],
  ])('sends them with %s', async (_what, url) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBeLessThan(500);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    const policy = csp(res.headers['content-security-policy']);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('script-src-attr')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    // Swagger UI (the API docs) writes inline styles: allowed there only; scripts nowhere inline.
    const inlineStyles = url.startsWith('/api/docs');
    for (const [name, values] of policy) {
      expect(values.join(' ')).not.toMatch(name === 'style-src' && inlineStyles ? /unsafe-eval|\*/ : /unsafe-inline|unsafe-eval|\*/);
    }
    expect(policy.get('style-src')).toEqual(inlineStyles ? ["'self'", "'unsafe-inline'"] : ["'self'"]);
  });
});
