/** What every service function receives: the database and who is acting (for the audit trail). */
import type { Database } from '../db/database.ts';

export interface ServiceContext {
  db: Database;
  /** Who acts, as written in audit events: "cli:user@host", "http:127.0.0.1", "system". */
  actor: string;
}
