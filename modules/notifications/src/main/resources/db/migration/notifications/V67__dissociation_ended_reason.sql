-- A new reason for a notification: a revision ended the dissociation of the participant's State from a paragraph
-- (the drafts context). Added to the reasons the check allows now, whatever other migrations added before.
do $$
declare
  allowed text;
begin
  select pg_get_constraintdef(oid) into allowed from pg_constraint
  where conrelid = 'notification'::regclass and conname = 'notification_reason_check';
  alter table notification drop constraint if exists notification_reason_check;
  if allowed is null or position('ARRAY[' in allowed) = 0 then
    allowed := 'CHECK ((reason = ANY (ARRAY[''reply''::text, ''mention''::text, ''watched-thread''::text,'
      || ' ''watched-topic''::text, ''stance''::text, ''summary''::text, ''accreditation''::text, ''matching''::text])))';
  end if;
  if position('''dissociation-ended''' in allowed) = 0 then
    allowed := replace(allowed, 'ARRAY[', 'ARRAY[''dissociation-ended''::text, ');
  end if;
  execute 'alter table notification add constraint notification_reason_check ' || allowed;
end $$;
