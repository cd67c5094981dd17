/**
 * The load client of the HTTP load tests, in its own process (http-load.ts starts it): autocannon
 * (Fastify's load tester) with `connections` keep-alive connections, each request taking the next
 * path of the list. Bodies are not decompressed or parsed, as a load generator should not spend the
 * server's CPU. Reads its plan from the JSON file named on the command line; prints the result as JSON.
 */
import { readFile } from 'node:fs/promises';
import autocannon from 'autocannon';
import type { LoadPlan, LoadResult } from './http-load.ts';

const plan = JSON.parse(await readFile(process.argv[2]!, 'utf8')) as LoadPlan;
let next = 0;
const result = await autocannon({
  url: plan.base,
  connections: plan.connections,
  ...(plan.amount !== undefined ? { amount: plan.amount } : { duration: plan.seconds }),
  timeout: plan.timeoutSeconds,
  headers: { 'accept-encoding': 'gzip' },
  requests: [{ setupRequest: (req) => ({ ...req, path: plan.paths[next++ % plan.paths.length]! }) }],
});
const out: LoadResult = {
  requests: result.requests.total,
  failures: result.errors + result.non2xx,
  timeouts: result.timeouts,
  statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([k, v]) => [k, v.count ?? 0])),
  seconds: result.duration,
  perSecond: result.requests.total / result.duration,
  latency: {
    p50: result.latency.p50,
    p90: result.latency.p90,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    p99_9: result.latency.p99_9,
    max: result.latency.max,
  },
};
console.log(JSON.stringify(out));
