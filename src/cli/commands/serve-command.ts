/** `ictmon serve`: owns the database, serves the API and the web UI until stopped. */
import { Command } from 'commander';
import { openDatabase } from '../../db/open-database.ts';
import { startServer } from '../../http/server.ts';
import { prepareDatabase } from '../../services/setup/prepare-database.ts';
import { resolveLang, resolveTarget, type GlobalOptions } from '../runtime.ts';

/** Builds the `serve` command. */
export function serveCommand(globals: () => GlobalOptions): Command {
  return new Command('serve')
    .description('serve the web UI and the HTTP API (OpenAPI at /api/docs); sets up the database on first run')
    .option('--host <host>', 'address to listen on', process.env.HOST ?? '127.0.0.1')
    .option('--port <port>', 'port to listen on', (v) => Number(v), Number(process.env.PORT ?? 3000))
    .option('--log', 'log every request', false)
    .action(async (o: { host: string; port: number; log: boolean }) => {
      const vi = resolveLang(globals()) === 'vi';
      const target = resolveTarget(globals());
      const { db, lock } = await openDatabase(target, 'ictmon serve');
      let stopping = false;
      try {
        const t0 = Date.now();
        const prep = await prepareDatabase(db);
        if (prep.reference.loaded) {
          console.log(
            vi
              ? `Đã nạp dữ liệu tham chiếu ${prep.reference.version} (${prep.reference.units} đơn vị) trong ${Date.now() - t0} ms`
              : `Loaded reference data ${prep.reference.version} (${prep.reference.units} units) in ${Date.now() - t0} ms`,
          );
        }
        const server = await startServer({ db, host: o.host, port: o.port, logger: o.log });
        lock?.setUrl(server.url);
        console.log(
          vi
            ? `ictmon đang chạy tại ${server.url} (API: ${server.url}/api/docs; dữ liệu: ${db.engine} ${db.location}). Nhấn Ctrl+C để dừng.`
            : `ictmon is serving ${server.url} (API: ${server.url}/api/docs; data: ${db.engine} ${db.location}). Press Ctrl+C to stop.`,
        );
        await new Promise<void>((resolve) => {
          const stop = () => {
            if (stopping) return;
            stopping = true;
            void server.close().then(resolve, resolve);
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      } finally {
        await db.close();
      }
    });
}
