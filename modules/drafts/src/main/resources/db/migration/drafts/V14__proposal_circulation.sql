-- A delegate tables a proposal for its own State only; another State sponsors it only when its own delegate
-- joins. A proposal may first be circulated for sponsorship: the States that join before it is tabled are its
-- original sponsors, those that join afterwards its later sponsors.
alter table proposal add column circulated_at timestamptz;
update proposal set circulated_at = tabled_at;
alter table proposal
  alter column circulated_at set not null,
  alter column circulated_at set default clock_timestamp(),
  alter column tabled_at drop not null,
  alter column tabled_at drop default,
  drop constraint proposal_status_check,
  add constraint proposal_status_check check (status in ('circulated', 'tabled', 'withdrawn')),
  add check (status <> 'tabled' or tabled_at is not null);

-- A thread's proposals, newest first, keyset on (circulated_at, id): a circulated one has no tabled_at yet.
drop index proposal_thread_idx;
create index proposal_thread_idx on proposal (thread_id, circulated_at desc, id desc);

-- Sponsorships that no delegate of the State recorded: the tabling delegate named other States as original
-- sponsors. They were never those States' act, so they are not kept.
delete from proposal_sponsor s using participant p where p.id = s.joined_by and p.organization_id <> s.state_id;
