-- A new reason for a notification: a ping exercise of the Points of Contact directory (contacts.ping-sent on the
-- pinged State's stream), told to the State's delegates with the one-time link. Added to the reasons the check
-- allows now, whatever other migrations added before (as V84 does).
do $$
declare
  allowed text;
begin
  select pg_get_constraintdef(oid) into allowed from pg_constraint
  where conrelid = 'notification'::regclass and conname = 'notification_reason_check';
  if allowed is null or position('ARRAY[' in allowed) = 0 then
    raise exception 'notification_reason_check is not the list of reasons V84 left';
  end if;
  alter table notification drop constraint notification_reason_check;
  if position('''ping''' in allowed) = 0 then
    allowed := replace(allowed, 'ARRAY[', 'ARRAY[''ping''::text, ');
  end if;
  execute 'alter table notification add constraint notification_reason_check ' || allowed;
end $$;
