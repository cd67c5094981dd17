-- Analytics (issue #5; regulations.md §2.8 R-AGG-1..3, §3.4 R-HIST-3/4/7).
-- Figures roll up the hierarchy in force on the observation date. Two derived tables keep that fast and
-- fresh: unit_ancestor (the hierarchy flattened, rebuilt whenever units change) and indicator_rollup
-- (the sums of the units below, refreshed in the same transaction as the values that feed them, so an
-- imported value is visible at once: no nightly job). Both can be rebuilt from admin_unit and
-- indicator_value at any time (`ictmon analytics rebuild`).

-- The decision that set a batch's plan targets ("Quyết định số 25/QĐ-UBND ngày 15/01/2024").
alter table value_batch add column decision text check (decision is null or length(decision) between 1 and 300);

-- Period arithmetic on the period strings of indicator_value (2024, 2024S1, 2024Q3, 2024M07).
-- The month (1–12) a period ends in.
create function period_end_month(p text) returns integer language sql immutable parallel safe as $$
  select case
    when length(p) = 4 then 12
    when substr(p, 5, 1) = 'S' then 6 * substr(p, 6, 1)::integer
    when substr(p, 5, 1) = 'Q' then 3 * substr(p, 6, 1)::integer
    else substr(p, 6, 2)::integer
  end
$$;

-- The last day of a period.
create function period_end_date(p text) returns date language sql immutable parallel safe as $$
  select (make_date(substr(p, 1, 4)::integer, period_end_month(p), 1) + interval '1 month' - interval '1 day')::date
$$;

-- How fine a period is: 0 year, 1 half, 2 quarter, 3 month.
create function period_grain(p text) returns integer language sql immutable parallel safe as $$
  select case when length(p) = 4 then 0 when substr(p, 5, 1) = 'S' then 1 when substr(p, 5, 1) = 'Q' then 2 else 3 end
$$;

-- The period itself and every longer period containing it: 2024M07 → 2024M07, 2024Q3, 2024S2, 2024.
create function period_containers(p text) returns setof text language sql immutable parallel safe rows 3 as $$
  select c from unnest(array[
    p,
    case when length(p) > 4 then substr(p, 1, 4) end,
    case when substr(p, 5, 1) = 'M' then substr(p, 1, 4) || 'Q' || ((substr(p, 6, 2)::integer + 2) / 3) end,
    case when substr(p, 5, 1) in ('Q', 'M') then substr(p, 1, 4) || 'S' || (case when period_end_month(p) <= 6 then 1 else 2 end) end
  ]) as c where c is not null
$$;

-- Every unit version with every ancestor version, and the days on which that ancestor is its ancestor
-- (the intersection of the versions' validity along the path; parents are resolved by code on the date).
create table unit_ancestor (
  unit_id integer not null references admin_unit (id) on delete cascade,
  ancestor_id integer not null references admin_unit (id) on delete cascade,
  unit_level text not null,
  ancestor_level text not null,
  -- '-infinity' / 'infinity' where open
  valid_from date not null,
  valid_to date not null,
  check (valid_to >= valid_from)
);
create index unit_ancestor_unit on unit_ancestor (unit_id, ancestor_level);
create index unit_ancestor_ancestor on unit_ancestor (ancestor_id, unit_level);

-- The sum of the figures of the units below a unit (commune, district, province) for an indicator
-- that adds up (sum, count of true), per period (each stored period and every longer period containing
-- it), breakdown part and series. A unit's own reported value is not in here: it is combined with this
-- roll-up when read, by the indicator's rule (which one wins).
create table indicator_rollup (
  unit_id integer not null references admin_unit (id) on delete cascade,
  indicator_code text not null references indicator (code),
  period text not null,
  breakdown text not null,
  series text not null,
  value_num numeric not null,
  -- the units one level down (villages for a commune; communes for a district or province) that gave a figure
  units_reported integer not null,
  -- the first and last stored periods behind it, when not the period itself (2024Q4 for a stock's year;
  -- 2026M01..2026M10 for a flow's year to date)
  from_min text,
  from_max text,
  primary key (unit_id, indicator_code, period, breakdown, series)
);
create index indicator_rollup_indicator_period on indicator_rollup (indicator_code, period);
