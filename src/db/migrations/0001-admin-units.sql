-- Administrative units with their history (regulations.md §3.4, R-HIST-1..R-HIST-8).
-- A row of admin_unit is one version of a unit: its code, type, name and parent while in force.

create table code_list (
  id text primary key,
  name_vi text not null,
  name_en text not null,
  legal_basis text not null,
  valid_from date,
  valid_to date
);

insert into code_list (id, name_vi, name_en, legal_basis, valid_from, valid_to) values
  ('QD-124-2004', 'Danh mục và mã số các đơn vị hành chính Việt Nam (QĐ 124/2004/QĐ-TTg)',
   'List and codes of administrative units (Decision 124/2004/QĐ-TTg)', 'Quyết định 124/2004/QĐ-TTg ngày 08/07/2004', '2004-07-08', '2025-06-30'),
  ('QD-19-2025', 'Bảng danh mục và mã số các đơn vị hành chính Việt Nam (QĐ 19/2025/QĐ-TTg)',
   'List and codes of administrative units (Decision 19/2025/QĐ-TTg)', 'Quyết định 19/2025/QĐ-TTg', '2025-07-01', null),
  ('LOCAL', 'Mã do địa phương đặt (thôn, tổ dân phố)',
   'Locally assigned codes (villages, residential groups)', 'Danh sách thôn do UBND cấp xã/tỉnh ban hành', null, null);

create table admin_unit (
  id integer generated always as identity primary key,
  code text not null check (code ~ '^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$'),
  level text not null check (level in ('province', 'district', 'commune', 'village')),
  type_code text not null,
  name text not null check (length(name) between 1 and 200),
  full_name text not null check (length(full_name) between 1 and 250),
  -- diacritic-free, lower-case name, full name and code, so that "bac kan" finds "Bắc Kạn"
  search_text text not null,
  -- the parent is resolved by code on the date asked, so a renamed parent needs no new child versions
  parent_code text,
  code_list_id text not null references code_list (id),
  -- null: in force since before the first reference list (start date not recorded)
  valid_from date,
  -- last day in force, inclusive; null: still in force
  valid_to date,
  -- false when the date is bounded by a reference list's date rather than taken from the legal act
  valid_from_exact boolean not null default true,
  valid_to_exact boolean not null default true,
  source text not null,
  created_at timestamptz not null default now(),
  check (valid_to is null or valid_from is null or valid_to >= valid_from),
  check ((level = 'province') = (parent_code is null))
);

create unique index admin_unit_version_key on admin_unit (code, coalesce(valid_from, '-infinity'::date));
create index admin_unit_level_validity on admin_unit (level, valid_from, valid_to);
create index admin_unit_parent on admin_unit (parent_code);

-- Effective-dated facts about a unit version: population, households, area_km2, is_dbkk, is_border,
-- is_island, ntm_region, ntm2026_group (regulations.md §2.3 R-REGION-318, §2.6 R-51-GROUP).
create table unit_attribute (
  unit_id integer not null references admin_unit (id),
  attribute text not null,
  value jsonb not null,
  valid_from date not null,
  valid_to date,
  source text not null,
  primary key (unit_id, attribute, valid_from),
  check (valid_to is null or valid_to >= valid_from)
);

-- Old → new edges of a reorganisation (R-HIST-2): full when the whole old unit went into the new one.
create table unit_lineage (
  from_unit_id integer not null references admin_unit (id),
  to_unit_id integer not null references admin_unit (id),
  coverage text not null check (coverage in ('full', 'partial')),
  effective_date date not null,
  legal_basis text,
  source text not null,
  primary key (from_unit_id, to_unit_id),
  check (from_unit_id <> to_unit_id)
);
create index unit_lineage_to on unit_lineage (to_unit_id);

-- Which shipped reference data is loaded, so it is loaded once and reloaded when ictmon ships a new one.
create table reference_dataset (
  id text primary key,
  version text not null,
  loaded_at timestamptz not null default now(),
  summary jsonb not null
);

-- Files of units or villages applied with `ictmon units import`.
create table unit_import_batch (
  id integer generated always as identity primary key,
  kind text not null check (kind in ('catalogue', 'villages')),
  file_name text not null,
  file_sha256 text not null,
  effective_date date not null,
  legal_basis text,
  actor text not null,
  imported_at timestamptz not null default now(),
  summary jsonb not null
);

-- Every change, written in the same transaction as the change (STYLE.md "Every write leaves a trace").
create table audit_event (
  id integer generated always as identity primary key,
  at timestamptz not null default now(),
  actor text not null,
  action text not null,
  entity text not null,
  entity_key text,
  before jsonb,
  after jsonb,
  reason text
);
create index audit_event_entity on audit_event (entity, entity_key);
