-- Two new reasons for a notification: a State objected to a stakeholder's accreditation, or withdrew its objection
-- (accreditation.objection-raised / -withdrawn on the application's stream), told to the Secretariat. Added to the
-- reasons the check allows now, whatever other migrations added before (as V166 does).
do $$
declare
  allowed text;
begin
  select pg_get_constraintdef(oid) into allowed from pg_constraint
  where conrelid = 'notification'::regclass and conname = 'notification_reason_check';
  if allowed is null or position('ARRAY[' in allowed) = 0 then
    raise exception 'notification_reason_check is not a list of reasons';
  end if;
  alter table notification drop constraint notification_reason_check;
  if position('''objection-raised''' in allowed) = 0 then
    allowed := replace(allowed, 'ARRAY[', 'ARRAY[''objection-raised''::text, ''objection-withdrawn''::text, ');
  end if;
  execute 'alter table notification add constraint notification_reason_check ' || allowed;
end $$;
