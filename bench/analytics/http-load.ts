/**
 * HTTP load tests: `connections` concurrent keep-alive clients sending requests to a listening server.
 * The client (load-client.ts, autocannon) runs in its own process, so that it shares neither the
 * server's event loop nor its thread: an earlier version sent `fetch` requests from a worker thread of
 * the server's process and spent most of the CPU itself (undici, and decompressing every gzip answer).
 * It still runs on the same machine, so it still takes some of the CPU from the server and PostgreSQL.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the load client is asked to do. */
export interface LoadPlan {
  /** http://host:port */
  base: string;
  /** Paths with query, taken in turn by the requests. */
  paths: string[];
  connections: number;
  /** Send this many requests… */
  amount?: number;
  /** …or keep sending for this long. */
  seconds?: number;
  /** A request without an answer after this long counts as a failure. */
  timeoutSeconds: number;
}

/** What the load client measured; latencies in ms (autocannon's HDR histogram, 1 ms resolution). */
export interface LoadResult {
  requests: number;
  /** Connection errors, timeouts and non-2xx answers. */
  failures: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  seconds: number;
  perSecond: number;
  latency: { p50: number; p90: number; p97_5: number; p99: number; p99_9: number; max: number };
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RUN_TS = path.resolve(HERE, '../../bin/run-ts.js');

/** Runs the load client in a child process and returns what it measured. */
export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ictmon-load-'));
  try {
    const file = path.join(dir, 'plan.json');
    await writeFile(file, JSON.stringify(plan));
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, [RUN_TS, path.join(HERE, 'load-client.ts'), file], { maxBuffer: 16 * 1024 * 1024 }, (err, out, errText) => {
        if (err) reject(new Error(`load client failed: ${err.message}\n${errText}`));
        else resolve(out);
      });
    });
    return JSON.parse(stdout.trim().split('\n').pop()!) as LoadResult;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
