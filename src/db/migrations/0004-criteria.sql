-- The NTM ICT criterion (regulations.md §1–§2): province overlays of stricter local rules, and recorded
-- evaluations. A recorded evaluation keeps the set and guidance it was made under (R-VER): history is
-- never re-evaluated silently under a newer version.

-- A province's stricter rules over a national set, without copying it (regulations.md §6 item 14).
create table criteria_overlay (
  id text primary key check (id ~ '^[A-Za-z0-9._-]{1,60}$'),
  province_code text not null,
  set_id text not null,
  valid_from date not null,
  valid_to date,
  definition jsonb not null,
  created_by text not null,
  created_at timestamptz not null default now(),
  check (valid_to is null or valid_to >= valid_from)
);
create index criteria_overlay_province on criteria_overlay (province_code, set_id);

-- One recording of the evaluations of an area on a date.
create table criteria_run (
  id integer generated always as identity primary key,
  area_code text,
  evaluated_on date not null,
  set_id text not null,
  guidance_id text,
  overlay_id text,
  parameters jsonb not null,
  catalogue_version text not null,
  communes integer not null,
  passed integer not null,
  failed integer not null,
  missing integer not null,
  actor text not null,
  created_at timestamptz not null default now()
);

-- One commune's recorded evaluation: the outcome, each sub-criterion's outcome and the full result.
create table criteria_evaluation (
  run_id integer not null references criteria_run (id),
  unit_id integer not null references admin_unit (id),
  evaluated_on date not null,
  set_id text not null,
  guidance_id text,
  outcome text not null check (outcome in ('pass', 'fail', 'missing', 'not_applicable')),
  sub_outcomes jsonb not null,
  result jsonb not null,
  primary key (run_id, unit_id)
);
create index criteria_evaluation_unit on criteria_evaluation (unit_id, evaluated_on);
