-- Indicator catalogue and the values reported against it (issue #3; regulations.md §2, §4, §5, R-HIST-3).
-- A value belongs to the unit version it was observed on (R-HIST-3), an indicator, a period string
-- (2024, 2024S1, 2024Q3, 2024M07), an optional breakdown ("technology=4g") and a series (actual or plan).

-- The catalogue as shipped (src/domain/indicators/sector-catalogue.ts), synced at setup. An indicator
-- dropped from a later catalogue is kept (retired) while values refer to it.
create table indicator (
  code text primary key,
  area text not null,
  name_vi text not null,
  name_en text not null,
  short_vi text not null,
  unit_vi text not null,
  unit_en text not null,
  value_type text not null check (value_type in ('number', 'count', 'percent', 'boolean', 'enum')),
  levels text[] not null,
  period_type text not null check (period_type in ('year', 'half', 'quarter', 'month')),
  aggregation text not null,
  decimals integer not null,
  definition jsonb not null,
  catalogue_version text not null,
  retired boolean not null default false,
  synced_at timestamptz not null default now()
);

-- One accepted file (or demo load) of values: who, when, what file, what it changed.
create table value_batch (
  id integer generated always as identity primary key,
  kind text not null check (kind in ('file', 'demo')),
  file_name text not null,
  file_sha256 text not null,
  file_bytes bigint not null,
  format text not null,
  actor text not null,
  imported_at timestamptz not null default now(),
  catalogue_version text not null,
  rows_read integer not null,
  values_inserted integer not null,
  values_updated integer not null,
  values_unchanged integer not null,
  summary jsonb not null
);
create index value_batch_sha256 on value_batch (file_sha256);

create table indicator_value (
  unit_id integer not null references admin_unit (id),
  indicator_code text not null references indicator (code),
  period text not null check (period ~ '^\d{4}(S[12]|Q[1-4]|M(0[1-9]|1[0-2]))?$'),
  -- '' for the total; 'dimension=value' for one part of a breakdown (one dimension at a time)
  breakdown text not null default '' check (breakdown = '' or breakdown ~ '^[a-z_]+=[a-z0-9_]+$'),
  series text not null default 'actual' check (series in ('actual', 'plan')),
  value_num numeric,
  value_bool boolean,
  value_text text,
  -- the date the figure was reported as of, when the file gave one
  reported_on date,
  status text not null default 'submitted' check (status in ('submitted', 'approved', 'rejected')),
  batch_id integer not null references value_batch (id),
  source_row integer,
  recorded_by text not null,
  recorded_at timestamptz not null default now(),
  primary key (unit_id, indicator_code, period, breakdown, series),
  check (num_nonnulls(value_num, value_bool, value_text) = 1)
);
create index indicator_value_indicator_period on indicator_value (indicator_code, period);
create index indicator_value_batch on indicator_value (batch_id);

-- A value as it stood before a later file replaced it: nothing reported is ever lost.
create table indicator_value_revision (
  unit_id integer not null,
  indicator_code text not null,
  period text not null,
  breakdown text not null,
  series text not null,
  value_num numeric,
  value_bool boolean,
  value_text text,
  reported_on date,
  status text not null,
  batch_id integer not null references value_batch (id),
  source_row integer,
  recorded_by text not null,
  recorded_at timestamptz not null,
  replaced_by_batch integer not null references value_batch (id),
  replaced_at timestamptz not null default now()
);
create index indicator_value_revision_key on indicator_value_revision (unit_id, indicator_code, period);
