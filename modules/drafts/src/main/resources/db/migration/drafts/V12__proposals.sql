-- Proposals tabled by States in a thread, with their sponsors: the original ones and those who join later.

create table proposal (
  id            uuid primary key default gen_random_uuid(),
  thread_id     uuid not null references thread (id),
  title         text not null,
  text          text not null,
  -- The State whose delegate tabled it.
  tabled_for    text not null references organization (id),
  tabled_by     uuid not null references participant (id),
  tabled_at     timestamptz not null default clock_timestamp(),
  status        text not null default 'tabled' check (status in ('tabled', 'withdrawn')),
  withdrawn_at  timestamptz
);
-- A thread's proposals, newest first, keyset on (tabled_at, id).
create index proposal_thread_idx on proposal (thread_id, tabled_at desc, id desc);

create table proposal_sponsor (
  proposal_id   uuid not null references proposal (id),
  state_id      text not null references organization (id),
  -- Original sponsors are named when the proposal is tabled; the others joined later.
  original      boolean not null,
  joined_at     timestamptz not null default clock_timestamp(),
  joined_by     uuid not null references participant (id),
  withdrawn_at  timestamptz,
  primary key (proposal_id, state_id)
);
create index proposal_sponsor_state_idx on proposal_sponsor (state_id, proposal_id) where withdrawn_at is null;
