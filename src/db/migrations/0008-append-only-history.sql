-- Issue #6 (audit): the trail of changes is never edited. audit_event (who, when, from where, what
-- before → after, why) and indicator_value_revision (every value a later file replaced) refuse UPDATE,
-- DELETE and TRUNCATE for every database user, ictmon's own included; rows are only ever added, in the
-- transaction of the change they record.
create function refuse_history_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: % refused', tg_table_name, lower(tg_op)
    using errcode = 'insufficient_privilege', hint = 'the history of changes is never edited';
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
  for each row execute function refuse_history_change();
create trigger audit_event_no_truncate before truncate on audit_event
  for each statement execute function refuse_history_change();
create trigger indicator_value_revision_append_only before update or delete on indicator_value_revision
  for each row execute function refuse_history_change();
create trigger indicator_value_revision_no_truncate before truncate on indicator_value_revision
  for each statement execute function refuse_history_change();
