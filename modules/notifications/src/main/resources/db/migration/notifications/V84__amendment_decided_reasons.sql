-- Two new reasons for a notification: a version incorporated the participant's amendment, or it was marked not
-- retained (the drafts context's draft.amendment-decided on the author's own stream). Added to the reasons the
-- check allows now, whatever other migrations added before (as V67 does).
do $$
declare
  allowed text;
  reason text;
begin
  select pg_get_constraintdef(oid) into allowed from pg_constraint
  where conrelid = 'notification'::regclass and conname = 'notification_reason_check';
  if allowed is null or position('ARRAY[' in allowed) = 0 then
    raise exception 'notification_reason_check is not the list of reasons V51 and V67 left';
  end if;
  alter table notification drop constraint notification_reason_check;
  foreach reason in array array['amendment-incorporated', 'amendment-not-retained'] loop
    if position('''' || reason || '''' in allowed) = 0 then
      allowed := replace(allowed, 'ARRAY[', 'ARRAY[''' || reason || '''::text, ');
    end if;
  end loop;
  execute 'alter table notification add constraint notification_reason_check ' || allowed;
end $$;
