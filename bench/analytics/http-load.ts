/**
 * Concurrent HTTP clients for the load test: `clients` loops of plain `fetch` (keep-alive) in a worker
 * thread, so that the clients do not share the server's event loop, each taking the next URL of the list
 * until it is used up or, given a deadline, until the deadline passes (requests in flight then finish).
 * Returns every request's latency, the wall time, the failures and whether the deadline cut the list short.
 */
import { Worker } from 'node:worker_threads';

export interface LoadResult {
  latencies: number[];
  wallMs: number;
  failures: number;
  firstFailure: string | null;
  /** Requests not sent because the deadline passed. */
  notSent: number;
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { urls, clients, deadlineMs } = workerData;
  const latencies = [];
  let next = 0, failures = 0, firstFailure = null;
  const t0 = performance.now();
  const open = () => deadlineMs === null || performance.now() - t0 < deadlineMs;
  await Promise.all(Array.from({ length: clients }, async () => {
    for (let i = next++; i < urls.length && open(); i = next++) {
      const t = performance.now();
      try {
        const res = await fetch(urls[i]);
        await res.arrayBuffer();
        if (!res.ok) { failures++; firstFailure ??= res.status + ' ' + urls[i]; }
      } catch (err) { failures++; firstFailure ??= String(err); }
      latencies.push(performance.now() - t);
    }
  }));
  parentPort.postMessage({ latencies, wallMs: performance.now() - t0, failures, firstFailure, notSent: urls.length - latencies.length });
})();
`;

/** Sends every URL once with `clients` requests in flight (none started after `deadlineMs`, when given). */
export function runLoad(urls: readonly string[], clients: number, deadlineMs: number | null = null): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { urls, clients, deadlineMs } });
    worker.once('message', (m: LoadResult) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
