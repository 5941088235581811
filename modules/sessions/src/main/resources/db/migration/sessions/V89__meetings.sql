-- The programme of work: the meetings of a session, each at a time in the venue's time zone (kept as UTC instants
-- with the zone they were announced in), taking up agenda items.

create table meetings (
  id           uuid primary key default gen_random_uuid(),
  session_id   uuid not null references sessions (id),
  title        text not null check (length(title) between 1 and 300),
  starts_at    timestamptz not null,
  ends_at      timestamptz not null,
  time_zone    text not null,
  agenda_items uuid[] not null default '{}',
  -- the iCalendar SEQUENCE of the meeting's event
  revision     int not null default 0,
  created_at   timestamptz not null,
  updated_at   timestamptz not null,
  check (ends_at > starts_at)
);

create index meetings_session_idx on meetings (session_id, starts_at, id);
