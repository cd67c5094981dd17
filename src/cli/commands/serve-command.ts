/** `ictmon serve`: owns the database, serves the API and the web UI until stopped. */
import { Command } from 'commander';
import { openDatabase } from '../../db/open-database.ts';
import { startServer } from '../../http/server.ts';
import { issueSetupCodeIfNeeded } from '../../services/auth/first-run.ts';
import { prepareDatabase } from '../../services/setup/prepare-database.ts';
import { createOwnerKey, removeOwnerKey, resolveLang, resolveTarget, type GlobalOptions } from '../runtime.ts';

/** Builds the `serve` command. */
export function serveCommand(globals: () => GlobalOptions): Command {
  return new Command('serve')
    .description('serve the web UI and the HTTP API (OpenAPI at /api/docs); sets up the database on first run')
    .option('--host <host>', 'address to listen on', process.env.HOST ?? '127.0.0.1')
    .option('--port <port>', 'port to listen on', (v) => Number(v), Number(process.env.PORT ?? 3000))
    .option('--log', 'log every request', false)
    .option(
      '--trust-proxy',
      'behind an HTTPS reverse proxy on this machine: take the client address and https from its X-Forwarded-* headers (secure cookies, origin check, rate limits per client)',
      false,
    )
    .action(async (o: { host: string; port: number; log: boolean; trustProxy: boolean }) => {
      const vi = resolveLang(globals()) === 'vi';
      const target = resolveTarget(globals());
      const { db, lock } = await openDatabase(target, 'ictmon serve');
      let stopping = false;
      // The local CLI reaches a server that owns the data directory with this key (read from the directory).
      const ownerKey = lock ? createOwnerKey(target.dataDir) : undefined;
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
        const server = await startServer({ db, host: o.host, port: o.port, logger: o.log, trustProxy: o.trustProxy, ...(ownerKey ? { ownerKey } : {}) });
        lock?.setUrl(server.url);
        console.log(
          vi
            ? `ictmon đang chạy tại ${server.url} (API: ${server.url}/api/docs; dữ liệu: ${db.engine} ${db.location}). Nhấn Ctrl+C để dừng.`
            : `ictmon is serving ${server.url} (API: ${server.url}/api/docs; data: ${db.engine} ${db.location}). Press Ctrl+C to stop.`,
        );
        const setup = await issueSetupCodeIfNeeded({ db, actor: 'system:serve' });
        if (setup) {
          // Both languages whatever --lang says: whoever reads the console may need either.
          console.log(
            [
              '',
              `Chưa có quản trị viên. Mở ${server.url}/setup và nhập mã thiết lập: ${setup.code}`,
              `  (dùng một lần, hết hạn sau ${setup.validHours} giờ; hoặc tạo bằng lệnh: ictmon users add --role admin …)`,
              `No administrator yet. Open ${server.url}/setup and enter the setup code: ${setup.code}`,
              `  (single use, expires in ${setup.validHours} hours; or create one with: ictmon users add --role admin …)`,
              '',
            ].join('\n'),
          );
        }
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
        if (ownerKey) removeOwnerKey(target.dataDir);
        await db.close();
      }
    });
}
