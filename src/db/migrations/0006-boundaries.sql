-- Administrative boundaries imported by users (GeoJSON, TopoJSON or a zipped Shapefile), matched to
-- unit versions by code on an effective date and stored as GeoJSON in WGS84 (lon/lat), without PostGIS.

-- One accepted boundary file.
create table boundary_batch (
  id integer generated always as identity primary key,
  file_name text not null,
  file_sha256 text not null,
  format text not null check (format in ('geojson', 'topojson', 'shapefile')),
  -- the level of every unit in the file (one level per file)
  level text not null check (level in ('province', 'district', 'commune', 'village')),
  -- the date on which codes were matched: codes were reused after the 2025 reform (QĐ 19/2025/QĐ-TTg)
  at date not null,
  actor text not null,
  imported_at timestamptz not null default now(),
  summary jsonb not null
);

-- The current boundary of a unit version; importing a unit's boundary again replaces it.
create table unit_boundary (
  unit_id integer primary key references admin_unit (id),
  -- a GeoJSON Polygon or MultiPolygon, coordinates [lon, lat] in WGS84
  geometry jsonb not null check (geometry ->> 'type' in ('Polygon', 'MultiPolygon')),
  west double precision not null,
  south double precision not null,
  east double precision not null,
  north double precision not null,
  vertices integer not null check (vertices > 0),
  batch_id integer not null references boundary_batch (id),
  updated_at timestamptz not null default now(),
  check (west <= east and south <= north)
);
create index unit_boundary_batch on unit_boundary (batch_id);
-- Stored uncompressed: compressing tens of MB of coordinates made an import of the 3,321 communes several
-- times slower on the embedded engine, for a saving of disk space that does not matter at this size.
alter table unit_boundary alter column geometry set storage external;
