import type { Queryable } from '../../database.ts';

/** A stored province overlay. */
export interface OverlayRow {
  id: string;
  provinceCode: string;
  setId: string;
  validFrom: string;
  validTo: string | null;
  definition: unknown;
  createdBy: string;
  createdAt: Date;
}

const COLUMNS = `id, province_code as "provinceCode", set_id as "setId", valid_from as "validFrom", valid_to as "validTo",
  definition, created_by as "createdBy", created_at as "createdAt"`;

/** The overlays of a set in force on `at` (for one province, or every province when null). */
export function listOverlaysInForce(db: Queryable, province: string | null, setId: string, at: string): Promise<OverlayRow[]> {
  return db.query<OverlayRow>(
    `select ${COLUMNS} from criteria_overlay
      where set_id = $2 and valid_from <= $3::date and (valid_to is null or valid_to >= $3::date)
        and ($1::text is null or province_code = $1)
      order by province_code, valid_from desc`,
    [province, setId, at],
  );
}

/** Every stored overlay, by province and start. */
export function listOverlays(db: Queryable): Promise<OverlayRow[]> {
  return db.query<OverlayRow>(`select ${COLUMNS} from criteria_overlay order by province_code, set_id, valid_from`);
}

/** Stores an overlay (a new id, or a replacement of the same id). */
export function upsertOverlay(
  db: Queryable,
  row: { id: string; provinceCode: string; setId: string; validFrom: string; validTo: string | null; definition: unknown; createdBy: string },
): Promise<unknown> {
  return db.query(
    `insert into criteria_overlay (id, province_code, set_id, valid_from, valid_to, definition, created_by)
     values ($1, $2, $3, $4, $5, $6::jsonb, $7)
     on conflict (id) do update set province_code = excluded.province_code, set_id = excluded.set_id, valid_from = excluded.valid_from,
       valid_to = excluded.valid_to, definition = excluded.definition, created_by = excluded.created_by, created_at = now()`,
    [row.id, row.provinceCode, row.setId, row.validFrom, row.validTo, JSON.stringify(row.definition), row.createdBy],
  );
}
