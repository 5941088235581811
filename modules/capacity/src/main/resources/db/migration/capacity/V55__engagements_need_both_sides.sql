-- An engagement needs both sides (issue 13): the side that did not propose it accepts or declines, the
-- proposer may withdraw it, and start and completion are each confirmed by both parties, completion with
-- each side's outcome note. The confirmations are fields, not states: an agreed engagement waits for the
-- start confirmations it lacks, one in progress for the completion confirmations it lacks.

alter table capacity_engagement
  add column start_confirmed_by_state_at          timestamptz,
  add column start_confirmed_by_provider_at       timestamptz,
  add column completion_confirmed_by_state_at     timestamptz,
  add column completion_confirmed_by_provider_at  timestamptz,
  add column state_outcome                        text,
  add column provider_outcome                     text,
  add column withdrawn_at                         timestamptz;

alter table capacity_engagement drop constraint capacity_engagement_status_check;
alter table capacity_engagement add constraint capacity_engagement_status_check
  check (status in ('proposed', 'agreed', 'in-progress', 'completed', 'declined', 'withdrawn'));

-- Until now one side started and one side completed alone. The record keeps what happened: the side that
-- took the step has confirmed it, with its note; the other side's confirmation is absent, not invented.
update capacity_engagement e set
  start_confirmed_by_state_at = (select min(st.at) from capacity_engagement_step st
    where st.engagement_id = e.id and st.status = 'in-progress' and st.organization_id = e.state_id),
  start_confirmed_by_provider_at = (select min(st.at) from capacity_engagement_step st
    where st.engagement_id = e.id and st.status = 'in-progress' and st.organization_id = e.provider_id),
  completion_confirmed_by_state_at = (select min(st.at) from capacity_engagement_step st
    where st.engagement_id = e.id and st.status = 'completed' and st.organization_id = e.state_id),
  completion_confirmed_by_provider_at = (select min(st.at) from capacity_engagement_step st
    where st.engagement_id = e.id and st.status = 'completed' and st.organization_id = e.provider_id)
where e.status in ('in-progress', 'completed');
update capacity_engagement set state_outcome = outcome where completion_confirmed_by_state_at is not null;
update capacity_engagement set provider_outcome = outcome where completion_confirmed_by_provider_at is not null;

-- Dropping the column drops the old check that tied it to the completed status.
alter table capacity_engagement drop column outcome;

alter table capacity_engagement
  add constraint capacity_engagement_state_outcome_check
    check ((state_outcome is null) = (completion_confirmed_by_state_at is null)),
  add constraint capacity_engagement_provider_outcome_check
    check ((provider_outcome is null) = (completion_confirmed_by_provider_at is null)),
  add constraint capacity_engagement_completion_check
    check (status in ('in-progress', 'completed')
           or (completion_confirmed_by_state_at is null and completion_confirmed_by_provider_at is null)),
  add constraint capacity_engagement_start_check
    check (status in ('agreed', 'in-progress', 'completed')
           or (start_confirmed_by_state_at is null and start_confirmed_by_provider_at is null));

-- Completed means both sides confirmed completion with their notes. Engagements completed by one side
-- before this migration are final and never written again, so the rule holds for every later write
-- without claiming a confirmation the record does not have.
alter table capacity_engagement add constraint capacity_engagement_completed_by_both_check
  check (status <> 'completed'
         or (completion_confirmed_by_state_at is not null and completion_confirmed_by_provider_at is not null))
  not valid;

-- What each step was, beside the status it left the engagement in: a confirmation may leave it unchanged.
alter table capacity_engagement_step add column step text;
update capacity_engagement_step set step = case status
  when 'proposed' then 'proposed' when 'agreed' then 'accepted' when 'declined' then 'declined'
  when 'in-progress' then 'start-confirmed' when 'completed' then 'completion-confirmed' end;
alter table capacity_engagement_step alter column step set not null,
  add constraint capacity_engagement_step_step_check
    check (step in ('proposed', 'accepted', 'declined', 'withdrawn', 'start-confirmed', 'completion-confirmed'));
