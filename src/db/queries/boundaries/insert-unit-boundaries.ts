import type { Queryable } from '../../database.ts';

export interface NewUnitBoundary {
  unitId: number;
  /** The GeoJSON geometry as JSON text. */
  geometryJson: string;
  bbox: readonly [number, number, number, number];
  vertices: number;
}

/** Writes the boundaries of these unit versions (which have none: delete first) in one statement, all from batch `batchId`. */
export async function insertUnitBoundaries(tx: Queryable, rows: readonly NewUnitBoundary[], batchId: number): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `insert into unit_boundary (unit_id, geometry, west, south, east, north, vertices, batch_id)
     select t.unit_id, t.geometry::jsonb, t.west, t.south, t.east, t.north, t.vertices, $8
     from unnest($1::int[], $2::text[], $3::float8[], $4::float8[], $5::float8[], $6::float8[], $7::int[])
       as t(unit_id, geometry, west, south, east, north, vertices)`,
    [
      rows.map((r) => r.unitId),
      rows.map((r) => r.geometryJson),
      rows.map((r) => r.bbox[0]),
      rows.map((r) => r.bbox[1]),
      rows.map((r) => r.bbox[2]),
      rows.map((r) => r.bbox[3]),
      rows.map((r) => r.vertices),
      batchId,
    ],
  );
}
