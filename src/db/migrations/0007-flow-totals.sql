-- Issue #5: a unit's own values of an additive flow (revenue, dossiers…) summed into every longer period
-- containing them (2024M07 → 2024Q3, 2024S2, 2024) by the rule the pivot reads values with: the value
-- stored for the period itself, else the sum of its sub-periods of the coarsest kind stored (quarters
-- before months). A pivot over ten years then reads one row per unit and year instead of 120 months.
-- Kept like indicator_rollup: refreshed in the transaction of every value write for the provinces,
-- indicators and periods it touched; `ictmon analytics rebuild` recomputes it.
create table indicator_flow_total (
  unit_id integer not null references admin_unit (id) on delete cascade,
  indicator_code text not null references indicator (code),
  period text not null,
  breakdown text not null,
  series text not null,
  value_num numeric not null,
  -- The stored periods summed (null: the value stored for the period itself).
  from_min text,
  from_max text,
  primary key (unit_id, indicator_code, period, breakdown, series)
);

-- The values already stored, for the flows of the catalogue last synced (a database created now has none).
insert into indicator_flow_total (unit_id, indicator_code, period, breakdown, series, value_num, from_min, from_max)
with src as (
  select v.unit_id, v.indicator_code, c.target, v.breakdown, v.series, v.period,
         coalesce(v.value_num, case when v.value_bool then 1 else 0 end) as x, period_grain(v.period) as g, v.period = c.target as ex
    from indicator_value v
    join indicator i on i.code = v.indicator_code and i.definition ->> 'periodKind' = 'flow' and i.aggregation in ('sum', 'count_true')
    cross join lateral period_containers(v.period) c (target)
   where v.status <> 'rejected' and v.value_text is null
)
select unit_id, indicator_code, target, breakdown, series,
       case when bool_or(ex) then sum(x) filter (where ex) when min(g) = 1 then sum(x) filter (where g = 1)
            when min(g) = 2 then sum(x) filter (where g = 2) else sum(x) filter (where g = 3) end,
       case when bool_or(ex) then null when min(g) = 1 then min(period) filter (where g = 1)
            when min(g) = 2 then min(period) filter (where g = 2) else min(period) filter (where g = 3) end,
       case when bool_or(ex) then null when min(g) = 1 then max(period) filter (where g = 1)
            when min(g) = 2 then max(period) filter (where g = 2) else max(period) filter (where g = 3) end
  from src
 group by unit_id, indicator_code, target, breakdown, series;
