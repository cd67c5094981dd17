/** What every service function receives: the database, who is acting, and from where. */
import type { Database } from '../db/database.ts';
import type { Principal } from './access/principal.ts';

export interface ServiceContext {
  db: Database;
  /** Who acts, as written in audit events: "user:lan.nguyen", "token:3:viettel", "cli:user@host", "system". */
  actor: string;
  /** The account acting and its scope; absent: the installation itself (local CLI, demo loader, tests). */
  principal?: Principal;
  /** The client's address, for the audit trail (HTTP). */
  ip?: string;
}
