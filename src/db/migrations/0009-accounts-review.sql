-- Issue #6: accounts scoped to units, sessions, API tokens, and the review workflow of reported data.

-- A person (or an operator's system) who signs in. One role, one scope: the unit (province or commune)
-- whose figures, and whose predecessors' figures, the account works on; null is the whole country.
create table app_user (
  id integer generated always as identity primary key,
  username text not null check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
  display_name text not null check (length(display_name) between 1 and 200),
  role text not null check (role in ('admin', 'reviewer', 'officer', 'operator', 'inspector')),
  scope_unit_id integer references admin_unit (id),
  -- operators submit for their own network only: the `operator` breakdown value of their figures
  operator_code text check (operator_code is null or operator_code ~ '^[a-z_]+$'),
  -- 'scrypt$N$r$p$salt$hash' (base64url); null: no password yet
  password_hash text,
  active boolean not null default true,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  created_at timestamptz not null default now(),
  created_by text not null,
  password_changed_at timestamptz,
  check ((role = 'operator') = (operator_code is not null)),
  check (role not in ('officer') or scope_unit_id is not null)
);
create unique index app_user_username on app_user (username);

-- A signed-in browser: the cookie holds a random value, the table its SHA-256 only.
create table user_session (
  id_hash text primary key,
  user_id integer not null references app_user (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_seen_at timestamptz not null default now(),
  ip text,
  user_agent text
);
create index user_session_user on user_session (user_id);

-- An API token (operators' systems, the CLI against a server): shown once, stored as its SHA-256,
-- scoped within its user's scope, expiring, revocable.
create table api_token (
  id integer generated always as identity primary key,
  user_id integer not null references app_user (id),
  name text not null check (length(name) between 1 and 100),
  -- the first characters of the token, to tell tokens apart in lists
  prefix text not null,
  token_hash text not null unique,
  scope_unit_id integer references admin_unit (id),
  created_at timestamptz not null default now(),
  created_by text not null,
  expires_at timestamptz not null,
  revoked_at timestamptz,
  revoked_by text,
  last_used_at timestamptz
);
create index api_token_user on api_token (user_id);

-- The one-time code `ictmon serve` prints while no administrator exists: whoever reads the server's
-- console creates the first administrator with it (there is no default password).
create table setup_code (
  id integer generated always as identity primary key,
  code_hash text not null,
  created_at timestamptz not null default now(),
  used_at timestamptz
);

-- The figures of one unit for one period, as one piece of work: entered (draft), submitted, approved
-- or returned with a reason. Village figures belong to their commune's submission; an operator's
-- figures (the `operator=…` part of a breakdown) form that operator's own submission (party).
create table submission (
  id integer generated always as identity primary key,
  unit_id integer not null references admin_unit (id),
  period text not null check (period ~ '^\d{4}(S[12]|Q[1-4]|M(0[1-9]|1[0-2]))?$'),
  party text not null default '' check (party = '' or party ~ '^[a-z_]+$'),
  state text not null check (state in ('draft', 'submitted', 'approved', 'returned')),
  -- the last transition: when, by whom, why (required for return and reopen)
  changed_at timestamptz not null default now(),
  changed_by text not null,
  reason text,
  first_submitted_at timestamptz,
  -- the account that last submitted it: it does not approve or return its own submission
  submitted_by_user integer references app_user (id),
  unique (unit_id, period, party)
);
create index submission_state on submission (state, period);

-- The deadline of a report, in days after the end of its period. Not set by the regulations ictmon
-- follows (regulations.md §6 item 10): the province's administrator sets it.
create table report_deadline (
  period_type text primary key check (period_type in ('year', 'half', 'quarter', 'month')),
  days_after_end integer not null check (days_after_end between 0 and 366),
  changed_at timestamptz not null default now(),
  changed_by text not null
);
insert into report_deadline (period_type, days_after_end, changed_by) values
  ('month', 10, 'migration 0009'), ('quarter', 15, 'migration 0009'), ('half', 20, 'migration 0009'), ('year', 30, 'migration 0009');

-- A period closed for a province (null: every province): no figure of it is entered, changed or
-- submitted any more, except by the units given an exception.
create table period_closure (
  id integer generated always as identity primary key,
  period text not null check (period ~ '^\d{4}(S[12]|Q[1-4]|M(0[1-9]|1[0-2]))?$'),
  province_id integer references admin_unit (id),
  closed_at timestamptz not null default now(),
  closed_by text not null,
  reason text
);
create unique index period_closure_key on period_closure (period, coalesce(province_id, 0));

create table period_exception (
  closure_id integer not null references period_closure (id) on delete cascade,
  unit_id integer not null references admin_unit (id),
  granted_at timestamptz not null default now(),
  granted_by text not null,
  reason text not null,
  primary key (closure_id, unit_id)
);

-- Values: each belongs to a submission, and carries its state (kept equal in the transaction of every
-- write and transition, so that the analytics read one column of the row: only approved figures count).
alter table indicator_value drop constraint indicator_value_status_check;
-- (not a declared foreign key: its check runs once per row of every import, and submissions are never deleted)
alter table indicator_value add column submission_id integer;

-- Values stored before the workflow existed were accepted as they came: they stay published, approved
-- by this migration, each unit and period one approved submission.
create temporary table value_key_0009 on commit drop as
select k.unit_id, k.period, k.breakdown,
       case when k.breakdown like 'operator=%' then substr(k.breakdown, 10) else '' end as party,
       coalesce(c.ancestor_id, k.unit_id) as sub_unit
  from (select distinct unit_id, period, breakdown from indicator_value) k
  left join lateral (select a.ancestor_id from unit_ancestor a join admin_unit u on u.id = k.unit_id and u.level = 'village'
                      where a.unit_id = k.unit_id and a.ancestor_level = 'commune' and period_end_date(k.period) between a.valid_from and a.valid_to
                      order by a.valid_from desc limit 1) c on true;

insert into submission (unit_id, period, party, state, changed_by, reason)
select distinct sub_unit, period, party, 'approved', 'migration 0009', 'recorded before the review workflow existed' from value_key_0009;

update indicator_value v set submission_id = s.id, status = 'approved'
  from value_key_0009 k join submission s on s.unit_id = k.sub_unit and s.period = k.period and s.party = k.party
 where v.unit_id = k.unit_id and v.period = k.period and v.breakdown = k.breakdown;

alter table indicator_value alter column submission_id set not null;
alter table indicator_value alter column status drop default;
alter table indicator_value add constraint indicator_value_status_check check (status in ('draft', 'submitted', 'approved', 'returned'));
create index indicator_value_submission on indicator_value (submission_id);

-- Audit events name the provinces a change concerns, so that an inspector scoped to a province reads
-- its own part of the log (null: a change of the whole installation, read by national scopes only).
alter table audit_event add column province_ids integer[];
alter table audit_event add column ip text;
create index audit_event_provinces on audit_event using gin (province_ids);
